// A newsroom corrects the dataset on its mounted volume while the site runs (DATASET_FILE): the
// prerendered dashboard must not keep showing the old data. Its own server, on its own copy of
// the dataset, so the other specs never see the correction.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startProductionServer } from "../lib/cli/serve.mjs";

const PORT = 3190;
const file = path.join(mkdtempSync(path.join(tmpdir(), "live-")), "dataset.json");
const original = readFileSync(path.join("data", "paris-2020.json"), "utf8");
const CORRECTED_SUMMARY = "Résumé corrigé pendant la soirée électorale.";
let server: { base: string; stop: () => void };

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  copyFileSync(path.join("data", "paris-2020.json"), file);
  server = await startProductionServer(PORT, { DATASET_FILE: file });
});
test.afterAll(() => server?.stop());

/** A browser's navigation to the page. */
const asBrowser = { headers: { Accept: "text/html,*/*;q=0.8" } };
/** Served from the build's file (Next.js says so), not rendered since. */
const isPrerendered = (res: { headers(): Record<string, string> }) => res.headers()["x-nextjs-prerender"] !== undefined;

test("a valid correction replaces the prerendered page at once; putting the file back brings it back", async ({ page, request }) => {
  const before = await request.get(`${server.base}/fr`, asBrowser);
  expect(isPrerendered(before)).toBe(true);
  expect(await before.text()).not.toContain(CORRECTED_SUMMARY);

  const corrected = JSON.parse(original);
  corrected.proposals[0].summary.fr = CORRECTED_SUMMARY;
  writeFileSync(file, JSON.stringify(corrected));
  const after = await request.get(`${server.base}/fr`, asBrowser);
  expect(isPrerendered(after)).toBe(false);
  expect(await after.text()).toContain(CORRECTED_SUMMARY);
  // Rendered once for the new version and kept: still a document a CDN may cache, with hashes.
  expect(after.headers()["cache-control"]).toMatch(/^public/);
  expect(after.headers()["content-security-policy"]).not.toContain("'nonce-");

  // In a browser the corrected page is a working page: hydrated, nothing refused by its policy.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${server.base}/fr`);
  await expect(page.getByText(CORRECTED_SUMMARY).first()).toBeAttached();
  await page.getByRole("checkbox", { name: "Danielle Simonnet" }).uncheck();
  await expect(page).toHaveURL(/hide=simonnet/);
  await expect(page.getByText(CORRECTED_SUMMARY).first()).toBeAttached();
  expect(violations).toEqual([]);

  writeFileSync(file, original);
  const restored = await request.get(`${server.base}/fr`, asBrowser);
  expect(isPrerendered(restored)).toBe(true);
  expect(await restored.text()).not.toContain(CORRECTED_SUMMARY);
});

test("an invalid correction is refused: the prerendered page, still current, keeps being served", async ({ request }) => {
  writeFileSync(file, original.replace('"candidates"', '"candidats"'));
  const res = await request.get(`${server.base}/fr`, asBrowser);
  expect(res.status()).toBe(200);
  expect(isPrerendered(res)).toBe(true);
  writeFileSync(file, original);
});
