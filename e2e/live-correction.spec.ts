// A newsroom corrects the dataset on its mounted volume while the site runs (DATASET_FILE): a
// logged correction is served at once, on every route; an unlogged or invalid file is refused and
// never costs a reader a 5xx, whatever state the file is in, even right after a restart. Its own
// server, on its own copy of the dataset (and its own kept copy), so other specs never see it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { startProductionServer } from "../lib/cli/serve.mjs";
import { correctedFile } from "../lib/testing/corrected";
import { rawDataset } from "../lib/testing/fixtures";

const PORT = 3190;
const dir = mkdtempSync(path.join(tmpdir(), "live-"));
const file = path.join(dir, "dataset.json");
const env = { DATASET_FILE: file, DATASET_CACHE_DIR: path.join(dir, "kept") };
const CORRECTED_SUMMARY = "Résumé corrigé pendant la soirée électorale.";
const corrected = correctedFile((d) => (d.proposals[0].summary.fr = CORRECTED_SUMMARY));
/** The corrected proposal's cell, open on the dashboard: its panel shows the proposal's summary. */
const CELL_VIEW = `/fr/paris-2020?cell=${corrected.proposals[0].candidate}.${corrected.proposals[0].theme}`;
let server: { base: string; stop: () => Promise<unknown> };

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  writeFileSync(file, JSON.stringify(rawDataset()));
  server = await startProductionServer(PORT, env);
});
test.afterAll(() => server?.stop());

/** A browser's navigation to the page. */
const asBrowser = { headers: { Accept: "text/html,*/*;q=0.8" } };

/** Every kind of route a reader, an embedding site or the studio asks for. */
const ROUTES = [
  "/fr/paris-2020",
  "/en/paris-2020?highlight=dati&hide=villani",
  "/fr/paris-2020?cell=hidalgo.platforms",
  "/fr/paris-2020/present?slide=3",
  "/en/paris-2020/present?view=notes",
  "/embed/paris-2020/cameras",
  "/embed/paris-2020/theme-heatmap?lang=en&theme=dark",
  "/charts/paris-2020/rental-caps.svg",
  "/charts/paris-2020/keywords.png",
  "/charts/paris-2020/theme-heatmap.csv",
  "/api/elections/paris-2020/dataset",
  "/api/elections/paris-2020/dataset/status",
  "/fr/paris-2020/corrections",
  "/corrections.xml",
];

/** Asks for every route (a page as a browser does) and returns the dataset version /api/elections/paris-2020/dataset serves. */
async function everyRouteAnswers(request: APIRequestContext): Promise<string> {
  for (const route of [...ROUTES, `/api/oembed?url=${encodeURIComponent(`${server.base}/embed/paris-2020/cameras`)}`]) {
    const res = await request.get(`${server.base}${route}`, asBrowser);
    expect(res.status(), route).toBe(200);
  }
  return (await (await request.get(`${server.base}/api/elections/paris-2020/dataset`)).json()).version;
}

test("a logged correction replaces the page the byte cache kept at once; putting the old file back is refused", async ({ page, request }) => {
  await request.get(`${server.base}${CELL_VIEW}`, asBrowser);
  const before = await request.get(`${server.base}${CELL_VIEW}`, asBrowser);
  expect(before.headers()["x-cache"]).toBe("HIT");
  expect(await before.text()).not.toContain(CORRECTED_SUMMARY);

  writeFileSync(file, JSON.stringify(corrected));
  const after = await request.get(`${server.base}${CELL_VIEW}`, asBrowser);
  expect(after.headers()["x-cache"]).toBe("MISS");
  expect(after.headers().etag).not.toBe(before.headers().etag);
  expect(await after.text()).toContain(CORRECTED_SUMMARY);
  // Rendered once for the new version and kept: still a document a CDN may cache, with hashes.
  expect(after.headers()["cache-control"]).toMatch(/^public/);
  expect(after.headers()["content-security-policy"]).not.toContain("'nonce-");
  expect((await request.get(`${server.base}${CELL_VIEW}`, asBrowser)).headers()["x-cache"]).toBe("HIT");

  // In a browser the corrected page is a working page: hydrated, nothing refused by its policy.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${server.base}${CELL_VIEW}`);
  await expect(page.getByText(CORRECTED_SUMMARY).first()).toBeAttached();
  await page.getByRole("checkbox", { name: "Danielle Simonnet" }).uncheck();
  await expect(page).toHaveURL(/hide=simonnet/);
  await expect(page.getByText(CORRECTED_SUMMARY).first()).toBeAttached();
  expect(violations).toEqual([]);

  // The old file drops the log's newest entry: an unlogged change, refused; the correction stays.
  writeFileSync(file, JSON.stringify(rawDataset()));
  const restored = await request.get(`${server.base}${CELL_VIEW}`, asBrowser);
  expect(await restored.text()).toContain(CORRECTED_SUMMARY);
  expect((await (await request.get(`${server.base}/api/elections/paris-2020/dataset`)).json()).version).toBe(corrected.version);
});

test("an edit without a log entry, or with a patch that says something else, is refused and the last valid version served", async ({ request }) => {
  const unlogged = structuredClone(corrected);
  unlogged.proposals[0].summary.en = "Edited without a correction.";
  writeFileSync(file, JSON.stringify(unlogged));
  expect(await everyRouteAnswers(request)).toBe(corrected.version);

  const wrongPatch = correctedFile((d) => (d.proposals[0].summary.fr = "Une autre correction."));
  wrongPatch.proposals[0].summary.fr = "Ce que le patch ne dit pas.";
  writeFileSync(file, JSON.stringify(wrongPatch));
  expect(await everyRouteAnswers(request)).toBe(corrected.version);
  expect(await (await request.get(`${server.base}/fr/paris-2020`, asBrowser)).text()).not.toContain("Ce que le patch ne dit pas.");
  // Editors learn why from the status the presenter's notes window shows; readers see nothing of it.
  const status = await (await request.get(`${server.base}/api/elections/paris-2020/dataset/status`)).json();
  expect(JSON.stringify(status)).toMatch(/corrections\[\d+\]|version: is/);
});

test("every route answers 200 from the last valid version while the file is invalid, half-written or deleted, and after a restart", async ({ request }) => {
  writeFileSync(file, JSON.stringify(corrected).replace('"candidates"', '"candidats"'));
  expect(await everyRouteAnswers(request)).toBe(corrected.version);
  writeFileSync(file, JSON.stringify(corrected).slice(0, 20_000));
  expect(await everyRouteAnswers(request)).toBe(corrected.version);
  rmSync(file);
  expect(await everyRouteAnswers(request)).toBe(corrected.version);

  // A restart with the file still half-written: the copy kept from the last run is served, and
  // the first request (an embed, not the dataset) already gets it.
  writeFileSync(file, JSON.stringify(corrected).slice(0, 20_000));
  await server.stop();
  server = await startProductionServer(PORT, env, "/embed/paris-2020/cameras");
  expect(await everyRouteAnswers(request)).toBe(corrected.version);
  expect(await (await request.get(`${server.base}${CELL_VIEW}&highlight=buzyn`, asBrowser)).text()).toContain(CORRECTED_SUMMARY);
});
