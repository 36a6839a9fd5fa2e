// What a page weighs for a reader, for `npm run budget`: its HTML as the server sends it to a
// browser that accepts Brotli, and its elements once loaded in a real browser.
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { rawGet } from "../bench/raw-get.mjs";
import { CHROMIUM_FLAGS, systemChromium } from "./chromium.mjs";

/**
 * A page's HTML: raw bytes, and Brotli bytes on the wire when the server sent Brotli
 * (`sentBrotli`), else the served HTML compressed here at quality 11 (what a server that
 * precompresses would send); `encoding` is what the server sent.
 */
export async function pageOnTheWire(url) {
  const { status, headers, body } = await rawGet(url, { Accept: "text/html", "Accept-Encoding": "br" });
  const encoding = headers["content-encoding"] ?? "identity";
  if (status !== 200) throw new Error(`${url} answered ${status}`);
  const html = encoding === "br" ? brotliDecompressSync(body) : encoding === "gzip" ? gunzipSync(body) : body;
  const brotli = encoding === "br" ? body.length : brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw: html.length, brotli, sentBrotli: encoding === "br", encoding };
}

/** How many elements each page has once loaded in Chromium (`document.querySelectorAll("*")`, head included). */
export async function countElements(urls) {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    const counts = [];
    for (const url of urls) {
      await page.goto(url, { waitUntil: "load" });
      counts.push(await page.evaluate(() => document.querySelectorAll("*").length));
    }
    return counts;
  } finally {
    await browser.close();
  }
}
