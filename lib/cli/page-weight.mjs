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

/**
 * Each page once loaded in Chromium and its site script has run (it loads after the load event,
 * lib/site-script/loader.ts): its elements (`document.querySelectorAll("*")`, head included; a
 * <template>'s contents are not in the document), the script files it loaded with their bytes on
 * the wire, and the characters of its inline scripts.
 */
export async function loadedPages(urls) {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    const found = [];
    for (const url of urls) {
      await page.goto(url, { waitUntil: "load" });
      await page.waitForFunction(() => document.documentElement.hasAttribute("data-enhanced"), null, { timeout: 15_000 });
      found.push(
        await page.evaluate(() => ({
          elements: document.querySelectorAll("*").length,
          files: performance
            .getEntriesByType("resource")
            .filter((r) => r.initiatorType === "script")
            .map((r) => ({ path: new URL(r.name).pathname, url: r.name, bytes: r.encodedBodySize })),
          inline: [...document.scripts].filter((s) => !s.src).map((s) => s.text),
        })),
      );
    }
    return found;
  } finally {
    await browser.close();
  }
}
