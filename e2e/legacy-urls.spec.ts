// Every URL the product published before elections were in URLs keeps answering for Paris 2020,
// forever: editors' pasted iframes and readers' shared links depend on them. Embeds, downloads and
// JSON are served as they were (an iframe never follows a redirect); pages answer with a 308 to
// their new place (the query kept; browsers keep the fragment), which answers 200, except a bare
// `/fr` or `/en`, which is the one election's dashboard itself (no redirect to wait for).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { reflectsUnescaped } from "../lib/testing/hostile";
import { dataset, hydrated } from "./fixtures";

const E = "paris-2020";
const CHARTS = ["theme-heatmap", "cameras", "rental-caps", "keywords"];
/** Version 1, as first published: the version the first correction starts from. */
const VERSION_1 = dataset.corrections[0]!.from;

/** Pages: the legacy URL, and where it now lives. */
const REDIRECTED: [string, string][] = [
  ["/fr?cell=hidalgo.platforms", `/fr/${E}?cell=hidalgo.platforms`],
  ["/en?highlight=dati&hide=villani,belliard", `/en/${E}?highlight=dati&hide=villani,belliard`],
  [`/fr?v=${VERSION_1}`, `/fr/${E}?v=${VERSION_1}`],
  ["/fr/present", `/fr/${E}/present`],
  ["/en/present?slide=3", `/en/${E}/present?slide=3`],
  ["/fr/present?view=notes", `/fr/${E}/present?view=notes`],
  ["/fr/corrections", `/fr/${E}/corrections`],
  ["/en/corrections", `/en/${E}/corrections`],
];

/** Files and JSON: the legacy URL, served as the new one is (same bytes). */
const SERVED: [string, string][] = [
  ...CHARTS.map((c): [string, string] => [`/embed/${c}?lang=en&theme=dark`, `/embed/${E}/${c}?lang=en&theme=dark`]),
  ...CHARTS.map((c): [string, string] => [`/embed/${c}`, `/embed/${E}/${c}`]),
  ...["svg", "png", "csv"].map((ext): [string, string] => [`/charts/cameras.${ext}`, `/charts/${E}/cameras.${ext}`]),
  ["/charts/keywords.png?format=og&lang=en", `/charts/${E}/keywords.png?format=og&lang=en`],
  ["/api/dataset", `/api/elections/${E}/dataset`],
  [`/api/dataset?v=${VERSION_1}`, `/api/elections/${E}/dataset?v=${VERSION_1}`],
];

/** Served, and compared by what they say (they carry times or build per request). */
const ALSO_SERVED = ["/api/dataset/status", "/api/dataset/status?lang=en", "/corrections.xml", "/embed.js"];

async function get(request: APIRequestContext, url: string) {
  return request.get(url, { maxRedirects: 0, headers: { Accept: "text/html,*/*;q=0.8" } });
}

test("/ still sends readers on to Paris 2020's dashboard in their language", async ({ request }) => {
  const root = await get(request, "/");
  expect(root.status()).toBe(307);
  expect(root.headers()["location"]).toBe("/fr");
  const lang = await get(request, "/fr");
  expect(lang.status()).toBe(200);
  expect(await lang.text()).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/fr/${E}"`));
});

for (const lang of ["fr", "en"]) {
  test(`/${lang}: Paris 2020's dashboard itself, the same document as /${lang}/${E}, naming it as canonical`, async ({ request }) => {
    const [bare, dashboard] = [await get(request, `/${lang}`), await get(request, `/${lang}/${E}`)];
    expect(bare.status()).toBe(200);
    expect(bare.headers()["content-type"]).toContain("text/html");
    expect(await bare.text()).toBe(await dashboard.text());
    expect(await bare.text()).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/${lang}/${E}"`));
  });
}

test("at /fr, the dashboard works as at its own address: a filter lands on /fr/paris-2020's view, with no error", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("/fr#chart-cameras");
  await expect(page.locator("#chart-cameras")).toBeVisible();
  await hydrated(page);
  await page.getByRole("combobox", { name: "Mettre en avant" }).selectOption("dati");
  await expect(page).toHaveURL(new RegExp(`/fr/${E}\\?highlight=dati$`));
  await expect(page.locator("#chart-cameras .bar-row--highlighted")).toHaveAttribute("data-candidate", "dati");
  expect(errors).toEqual([]);
});

for (const [legacy, target] of REDIRECTED) {
  test(`${legacy}: 308 to ${target}, which answers 200`, async ({ request }) => {
    const res = await get(request, legacy);
    expect(res.status()).toBe(308);
    // Next.js may percent-encode the query's commas on the way out: the same view either way.
    expect(decodeURIComponent(res.headers()["location"]!)).toBe(target);
    expect((await get(request, target)).status()).toBe(200);
  });
}

for (const [legacy, current] of SERVED) {
  test(`${legacy}: served (200, no redirect), the same bytes as ${current}`, async ({ request }) => {
    const [old, now] = [await get(request, legacy), await get(request, current)];
    expect(old.status()).toBe(200);
    expect(now.status()).toBe(200);
    expect(old.headers()["content-type"]).toBe(now.headers()["content-type"]);
    expect(old.headers()["cache-control"]).toBe(now.headers()["cache-control"]);
    expect((await old.body()).equals(await now.body())).toBe(true);
  });
}

for (const url of ALSO_SERVED) {
  test(`${url}: served (200, no redirect)`, async ({ request }) => {
    const res = await get(request, url);
    expect(res.status()).toBe(200);
    if (url.startsWith("/api/dataset/status")) expect((await res.json()).version).toBe((await (await get(request, "/api/dataset")).json()).version);
  });
}

test("the legacy /api/dataset keeps its ETag, 304 and long-lived pinned versions", async ({ request }) => {
  const latest = await get(request, "/api/dataset");
  expect(latest.headers()["etag"]).toBe((await get(request, `/api/elections/${E}/dataset`)).headers()["etag"]);
  expect((await request.get("/api/dataset", { headers: { "If-None-Match": latest.headers()["etag"]! } })).status()).toBe(304);
  const pinned = await get(request, `/api/dataset?v=${VERSION_1}`);
  expect(pinned.headers()["cache-control"]).toBe("public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800");
  expect((await pinned.json()).version).toBe(VERSION_1);
});

test("oEmbed answers for the legacy embed and dashboard URLs, as for the new ones", async ({ request, baseURL }) => {
  for (const url of [`${baseURL}/embed/keywords?lang=en`, `${baseURL}/fr#chart-cameras`, `${baseURL}/embed/${E}/keywords?lang=en`, `${baseURL}/fr/${E}#chart-cameras`]) {
    const res = await get(request, `/api/oembed?url=${encodeURIComponent(url)}`);
    expect(res.status(), url).toBe(200);
    const json = await res.json();
    expect(json.type).toBe("rich");
    expect(json.html).toContain(`src="${baseURL}/embed/${E}/`);
  }
});

test("a shared link's fragment survives the redirect in a browser", async ({ page }) => {
  await page.goto("/fr?highlight=dati#chart-cameras");
  await expect(page).toHaveURL(new RegExp(`/fr/${E}\\?highlight=dati#chart-cameras$`));
  await expect(page.locator("#chart-cameras")).toBeVisible();
});

test("an article's legacy iframe loads the chart itself, never a redirect", async ({ page, baseURL }) => {
  const statuses: number[] = [];
  page.on("response", (r) => {
    if (r.url().includes("/embed/")) statuses.push(r.status());
  });
  // The article, on another origin (another port of this machine).
  const article = createServer((_req, res) =>
    res
      .writeHead(200, { "Content-Type": "text/html; charset=utf-8" })
      .end(`<!doctype html><title>Article</title><iframe src="${baseURL}/embed/cameras?lang=en" title="Cameras" width="600" height="500"></iframe>`),
  );
  await new Promise<void>((resolve) => article.listen(0, "127.0.0.1", resolve));
  await page.goto(`http://127.0.0.1:${(article.address() as AddressInfo).port}/`);
  const frame = page.frameLocator("iframe");
  await expect(frame.locator("svg").first()).toBeVisible();
  expect(statuses).toEqual([200]);
  article.close();
});

test("an unknown election or chart is a 404 that echoes nothing of it", async ({ request }) => {
  const hostile = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
  const urls = [
    "/fr/lyon-2099",
    `/en/${hostile}`,
    "/fr/lyon-2099/present",
    "/en/lyon-2099/corrections",
    "/embed/lyon-2099/cameras",
    `/embed/${E}/pie-chart`,
    `/embed/${hostile}`,
    "/charts/lyon-2099/cameras.svg",
    `/charts/${E}/pie-chart.png`,
    "/charts/pie-chart.csv",
    "/api/elections/lyon-2099/dataset",
    `/api/elections/${hostile}/dataset/status`,
  ];
  for (const url of urls) {
    const res = await get(request, url);
    expect(res.status(), url).toBe(404);
    const body = await res.text();
    expect(body, url).not.toContain("<script>alert(1)");
    // Files and JSON answer a bare 404; a page's segment is only in Next.js's own router state, percent-encoded in JSON.
    if (!/^\/(fr|en)\//.test(url)) expect(body, url).not.toMatch(/lyon-2099|pie-chart|script/);
    else expect(reflectsUnescaped(body, decodeURIComponent(url.split("/")[2]!), "")).toBe(false);
  }
});
