// Hostile input on every query parameter and path segment the routes read: never a 5xx, never an
// unescaped reflection, never a change to the served dataset.
import { expect, test } from "@playwright/test";
import { HOSTILE_ARRAYS, HOSTILE_VALUES, reflectsUnescaped } from "../lib/testing/hostile";

const ROUTES: { path: string; params: string[]; asBrowser?: boolean }[] = [
  { path: "/fr/paris-2020", params: ["highlight", "hide", "cell", "filter", "show"] },
  // As a browser navigates: the dashboard is then a document the byte cache keeps (one per canonical view).
  { path: "/en/paris-2020", params: ["highlight", "hide", "cell", "filter", "show"], asBrowser: true },
  { path: "/en/paris-2020/present", params: ["slide", "view", "refresh", "theme"] },
  { path: "/embed/paris-2020/cameras", params: ["lang", "theme", "highlight"] },
  { path: "/charts/paris-2020/keywords.csv", params: ["lang", "theme", "highlight"] },
  { path: "/charts/paris-2020/cameras.svg", params: ["lang", "theme", "highlight"] },
  { path: "/api/oembed", params: ["url", "maxwidth", "maxheight", "format"] },
  { path: "/api/elections/paris-2020/dataset", params: ["x"] },
  // Legacy URLs (Paris's, from before elections were in URLs): a dashboard link is redirected with its query, embeds are served.
  { path: "/fr", params: ["highlight", "hide", "cell", "v"] },
  { path: "/embed/cameras", params: ["lang", "theme", "highlight"] },
];
/** Path templates whose one segment is hostile. */
const SEGMENTS = [
  "/{}",
  "/fr/{}",
  "/fr/{}/present",
  "/en/{}/corrections",
  "/fr/paris-2020/present/{}",
  "/fr/paris-2020/candidates/{}",
  "/en/paris-2020/themes/{}",
  "/embed/{}",
  "/embed/{}/cameras",
  "/embed/paris-2020/{}",
  "/charts/{}",
  "/charts/{}.png",
  "/charts/{}/cameras.svg",
  "/charts/paris-2020/{}.csv",
  "/api/elections/{}/dataset",
  "/api/elections/{}/dataset/status",
];

test.describe.configure({ mode: "parallel" });

/** Percent-encodes a segment; a lone surrogate (not encodable as UTF-8) goes as invalid UTF-8 bytes. */
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.replace(/[\uD800-\uDFFF]/g, "%ED%A0%80").replace(/[^%\w.-]/g, (c) => encodeURIComponent(c));
  }
}

let etag = "";
test.beforeAll(async ({ request }) => {
  etag = (await request.get("/api/elections/paris-2020/dataset")).headers()["etag"] ?? "";
});

for (const route of ROUTES) {
  const headers = route.asBrowser ? { Accept: "text/html,*/*;q=0.8" } : undefined;
  test(`${route.path}${headers ? " (as a browser)" : ""}: ${route.params.length} parameters × ${HOSTILE_VALUES.length + HOSTILE_ARRAYS.length} hostile values`, async ({ request }) => {
    test.setTimeout(180_000);
    const failures: string[] = [];
    const baselineQuery = route.path === "/api/oembed" ? "?url=http%3A%2F%2F127.0.0.1%2Fembed%2Fcameras" : "";
    const baseline = await (await request.get(`${route.path}${baselineQuery}`, { maxRedirects: 0, headers })).text();
    for (const param of route.params) {
      const cases: string[][] = [...HOSTILE_VALUES.map((v) => [v]), ...HOSTILE_ARRAYS];
      for (const values of cases) {
        const query = new URLSearchParams(values.map((v) => [param, v]));
        if (route.path === "/api/oembed" && param !== "url") query.set("url", "http://127.0.0.1/embed/paris-2020/cameras");
        const res = await request.get(`${route.path}?${query}`, { maxRedirects: 0, headers });
        const body = await res.text();
        if (res.status() >= 500) failures.push(`${param}=${JSON.stringify(values).slice(0, 60)}: ${res.status()}`);
        for (const v of values) if (reflectsUnescaped(body, v, baseline)) failures.push(`${param}=${JSON.stringify(v).slice(0, 60)}: reflected unescaped`);
      }
    }
    expect(failures).toEqual([]);
  });
}

test(`path segments: ${SEGMENTS.length} templates × ${HOSTILE_VALUES.length} hostile values`, async ({ request }) => {
  test.setTimeout(180_000);
  const failures: string[] = [];
  for (const template of SEGMENTS) {
    const baseline = await (await request.get(template.replace("{}", "harmless-value"), { maxRedirects: 0 })).text();
    for (const value of HOSTILE_VALUES) {
      const url = template.replace("{}", encodeSegment(value));
      const res = await request.get(url, { maxRedirects: 0 });
      const body = await res.text();
      if (res.status() >= 500) failures.push(`${template} ${JSON.stringify(value).slice(0, 60)}: ${res.status()}`);
      if (reflectsUnescaped(body, value, baseline)) failures.push(`${template} ${JSON.stringify(value).slice(0, 60)}: reflected unescaped`);
    }
  }
  expect(failures).toEqual([]);
});

test.afterAll(async ({ request }) => {
  // None of it changed the data anyone is served.
  expect((await request.get("/api/elections/paris-2020/dataset")).headers()["etag"]).toBe(etag);
});
