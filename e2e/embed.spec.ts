// An editor embeds charts in their own page: sizing, theme, language, downloads, oEmbed, framing.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Frame, type Page, test } from "@playwright/test";
import { dataset, expectNoAxeViolationInBothSchemes } from "./fixtures";

const SLUGS = ["theme-heatmap", "cameras", "rental-caps", "keywords"];
let host: Server;
let hostUrl = "";
let app = "";

test.beforeAll(async ({ baseURL }) => {
  app = baseURL!;
  // The editor's article, on another origin than the charts, with two embeds, the sizing script,
  // and a third-party frame that forges a height message.
  const forger = `<script>setTimeout(function(){parent.postMessage({type:"embed-size",chart:"cameras",height:5000},"*")},300)</script>`;
  const page = `<!doctype html><html lang="fr"><head><meta name="viewport" content="width=device-width"><title>Article</title></head><body style="margin:0">
    <h1>Un article</h1>
    <iframe id="a" src="${app}/embed/paris-2020/cameras" title="Caméras" loading="lazy" width="100%" height="300" data-p20-embed style="width:100%;border:0"></iframe>
    <p>Du texte entre les deux graphiques.</p>
    <iframe id="b" src="${app}/embed/paris-2020/rental-caps?lang=en" title="Rental caps" width="100%" height="300" data-p20-embed style="width:100%;border:0"></iframe>
    <iframe id="forger" srcdoc='${forger}' title="ad" style="width:10px;height:10px;border:0"></iframe>
    <script>window.__messages=[];addEventListener("message",function(e){window.__messages.push(e.data)})</script>
    <script src="${app}/embed.js"></script></body></html>`;
  host = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page));
  // Port 0: each worker gets its own free port.
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});

test.afterAll(() => host?.close());

/** The iframe's height on the host page and its document's own height. */
async function heights(page: Page, id: string) {
  const frame = page.frame({ url: (u) => u.href === (id === "a" ? `${app}/embed/paris-2020/cameras` : `${app}/embed/paris-2020/rental-caps?lang=en`) }) as Frame;
  const outer = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { outer, inner };
}

/** Waits until each iframe's height matches its document's, within 2 px. */
async function expectSizedToContent(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) {
    await expect
      .poll(
        async () => {
          const h = await heights(page, id);
          return Math.abs(h.outer - h.inner);
        },
        { timeout: 10_000 },
      )
      .toBeLessThanOrEqual(2);
  }
}

test("each embed sizes itself to its content, after load and at 320 px; forged heights are ignored", async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(hostUrl);
  await expectSizedToContent(page, ["a", "b"]);
  const wide = await heights(page, "a");
  await page.setViewportSize({ width: 320, height: 800 });
  await expectSizedToContent(page, ["a", "b"]);
  expect((await heights(page, "a")).outer).not.toBe(wide.outer);
  // Both forms of the message arrive: ours, and AMP's amp-iframe resize request.
  const messages = await page.evaluate(() => (window as unknown as { __messages: Record<string, unknown>[] }).__messages);
  expect(messages).toContainEqual(expect.objectContaining({ type: "embed-size", chart: "cameras", height: expect.any(Number) }));
  expect(messages).toContainEqual(expect.objectContaining({ sentinel: "amp", type: "embed-size", height: expect.any(Number) }));
  // The host page itself forges one too: neither it nor the third-party frame may resize an embed.
  await page.evaluate(() => window.postMessage({ type: "embed-size", chart: "cameras", height: 4000 }, "*"));
  await page.waitForTimeout(800);
  const after = await heights(page, "a");
  expect(after.outer).toBeLessThan(3000);
  expect(Math.abs(after.outer - after.inner)).toBeLessThanOrEqual(2);
});

test("theme=dark, lang=en and highlight show in the embed", async ({ page }) => {
  await page.goto("/embed/paris-2020/cameras?theme=dark&lang=en&highlight=buzyn");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How many more cameras?");
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe("rgb(18, 20, 23)");
  await expect(page.locator(".bar-row--highlighted")).toHaveAttribute("data-candidate", "buzyn");
});

test("theme=auto follows an emulated dark scheme, and light stays light", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/embed/paris-2020/keywords");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe("rgb(18, 20, 23)");
  await page.goto("/embed/paris-2020/keywords?theme=light");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe("rgb(255, 255, 255)");
});

test("unknown chart is a 404; unknown options fall back to the defaults, never echoed", async ({ request }) => {
  expect((await request.get("/embed/paris-2020/pie-chart")).status()).toBe(404);
  const res = await request.get("/embed/paris-2020/cameras?lang=xx&theme=%3Cscript%3E&highlight=%22%3E%3Cimg");
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain('<html lang="fr">');
  expect(html).not.toContain("<img");
  expect(html).not.toContain("%3Cscript");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const slug of SLUGS) {
    test(`/embed/paris-2020/${slug} is complete`, async ({ page }) => {
      await page.goto(`/embed/paris-2020/${slug}`);
      await expect(page.locator("svg.chart")).toBeVisible();
      await expect(page.locator("svg.chart a").first()).toBeVisible();
      await expect(page.locator("table").first()).toBeAttached();
      await expect(page.locator("footer")).toContainText("Source");
    });
  }
});

for (const slug of SLUGS) {
  test(`axe finds no violation on /embed/paris-2020/${slug} (light, then dark)`, async ({ page }) => {
    await expectNoAxeViolationInBothSchemes(page, `/embed/paris-2020/${slug}`);
  });
}

test("the PNG download decodes at twice the SVG's size", async ({ request, page }) => {
  const svg = await (await request.get("/charts/paris-2020/cameras.svg")).text();
  const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
  const res = await request.get("/charts/paris-2020/cameras.png");
  expect(res.headers()["content-type"]).toBe("image/png");
  const png = await res.body();
  await page.goto("/embed/paris-2020/cameras");
  const size = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, png.toString("base64"));
  expect(size).toEqual([2 * Number(w), 2 * Number(h)]);
  const og = await request.get("/charts/paris-2020/keywords.png?format=og");
  expect((await og.body()).readUInt32BE(16)).toBe(1200);
  expect((await og.body()).readUInt32BE(20)).toBe(630);
});

test("the SVG download parses as XML, is titled, and contains the chart's marks", async ({ request, page }) => {
  const svg = await (await request.get("/charts/paris-2020/rental-caps.svg?lang=en")).text();
  await page.goto("/embed/paris-2020/cameras");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      ns: doc.documentElement.namespaceURI,
      title: doc.querySelector("title")?.textContent,
      bars: doc.querySelectorAll("rect.bar-rect").length,
      externals: doc.querySelectorAll("link, script, image").length,
    };
  }, svg);
  expect(parsed).toEqual({ error: null, ns: "http://www.w3.org/2000/svg", title: "Capping short-term rentals", bars: 6, externals: 0 });
});

test("the CSV download starts with a BOM, names its columns in the chosen language, and keeps quotes and accents", async ({ request }) => {
  const res = await request.get("/charts/paris-2020/cameras.csv?lang=en");
  expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const bytes = await res.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8").slice(1);
  const lines = text.replace(/\r\n$/, "").split("\r\n");
  // The figure-bars kind adds a doubts column when the measure's figures carry doubts (the camera figures do).
  expect(lines[0]).toBe('Candidate,Camera multiplier,Doubts,Facial recognition,Whose position,Quote source,The article’s passage,Direct speech,"Speaker, and in what capacity"');
  const quotes = (id: string) => dataset.figures.find((f) => f.measure === "cctv-cameras" && f.subject.candidate === id)?.quotes.length ?? 0;
  // One row per quote behind each figure (one for a candidate without), then an empty row and the source line with the data's version.
  expect(lines).toHaveLength(1 + dataset.candidates.reduce((n, c) => n + Math.max(1, quotes(c.id)), 0) + 2);
  expect(lines[lines.length - 1]).toMatch(/^"?Source: .*Data version \d+ \([0-9a-f]{12}\)/);
  expect(text).toContain("The position of Agnès Buzyn’s list, according to the article");
  expect(text).toContain("multiplier par quatre le nombre de caméras");
});

test("the heatmap CSV names Paul Midy beside his words, and says 'not mentioned' for a silent cell, never 0", async ({ request }) => {
  const text = (await (await request.get("/charts/paris-2020/theme-heatmap.csv")).body()).toString("utf8").slice(1);
  const lines = text.replace(/\r\n$/, "").split("\r\n");
  const midy = dataset.proposals.flatMap((p) => p.quotes.flatMap((q) => q.speech ?? [])).filter((s) => s.speaker.spokesperson === "midy");
  expect(midy.length).toBeGreaterThan(0);
  for (const s of midy) {
    const line = lines.find((l) => l.includes(s.words.slice(0, 40)) && l.includes("Paul Midy, directeur de campagne d’Agnès Buzyn"));
    expect(line, s.words).toBeDefined();
  }
  const silent = lines.filter((l) => l.includes(",Non mentionné par l’article,"));
  expect(silent).toHaveLength(dataset.cells.filter((c) => c.level === 0).length);
  for (const l of silent) expect(l).not.toMatch(/,0( –)?,/);
});

test("oEmbed answers valid JSON for our URLs and 404 for others", async ({ request }) => {
  const url = `${app}/embed/paris-2020/keywords?lang=en`;
  const res = await request.get(`/api/oembed?format=json&maxwidth=480&maxheight=400&url=${encodeURIComponent(url)}`);
  expect(res.status()).toBe(200);
  const json = await res.json();
  expect(json).toMatchObject({ version: "1.0", type: "rich", width: 480, height: 400, title: "The words of digital policy" });
  expect(json.html).toContain(`src="${app}/embed/paris-2020/keywords?lang=en"`);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent("https://example.com/embed/paris-2020/keywords")}`)).status()).toBe(404);
  expect((await request.get(`/api/oembed?format=xml&url=${encodeURIComponent(url)}`)).status()).toBe(501);
});

test("oEmbed discovery links are on the embed and on the dashboard", async ({ page }) => {
  await page.goto("/embed/paris-2020/cameras");
  await expect(page.locator('link[type="application/json+oembed"]')).toHaveCount(1);
  await page.goto("/fr/paris-2020");
  await expect(page.locator('link[type="application/json+oembed"]')).toHaveCount(1);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/charts\/paris-2020\/theme-heatmap\.png\?format=og/);
});

test("embeds may be framed by any site; the dashboard may not", async ({ request }) => {
  const embed = (await request.get("/embed/paris-2020/cameras")).headers();
  const dashboard = (await request.get("/fr/paris-2020")).headers();
  expect(embed["x-frame-options"]).toBeUndefined();
  expect(embed["content-security-policy"]).toContain("frame-ancestors *");
  expect(dashboard["x-frame-options"]).toBe("DENY");
  expect(dashboard["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("the dashboard's embed dialog builds the code from the options, previews it, and copies it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/fr/paris-2020");
  const frame = page.locator("#chart-cameras");
  await frame.getByRole("button", { name: "Intégrer ou télécharger" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("combobox", { name: "Langue" }).selectOption("en");
  await dialog.getByRole("combobox", { name: "Thème" }).selectOption("dark");
  await dialog.getByRole("combobox", { name: "Mettre en avant" }).selectOption("dati");
  const code = dialog.getByRole("textbox");
  await expect(code).toHaveValue(/embed\/paris-2020\/cameras\?lang=en&amp;theme=dark&amp;highlight=dati/);
  await expect(code).toHaveValue(/title="How many more cameras\?"/);
  await expect(dialog.locator("iframe")).toHaveAttribute("src", "/embed/paris-2020/cameras?lang=en&theme=dark&highlight=dati");
  await dialog.getByRole("button", { name: "Copier le code" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Code copié");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("<iframe");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});
