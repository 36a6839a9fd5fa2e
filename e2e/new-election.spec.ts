// An election whose file a newsroom adds to DATASET_DIR after the build, while the server runs:
// its pages (dashboard and reference pages), embeds, downloads and data answer from the file alone (no rebuild, no restart), and
// /{lang} becomes the catalogue, newest first, while Paris 2020's legacy links keep their place.
// The second election is a copy of Paris 2020 under another id, made here and thrown away.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startProductionServer } from "../lib/cli/serve.mjs";
import { contentOf, versionOf } from "../lib/dataset/history";

const PORT = 3411;
const ADDED = "paris-2020-rerun";
const dir = mkdtempSync(path.join(tmpdir(), "elections-"));
let server: { base: string; stop: () => Promise<unknown> };

/** Paris 2020's file under another id, with a later round and its own titles: a first publication (no corrections). */
function addedElection() {
  const d = JSON.parse(readFileSync(path.join("data", "elections", "paris-2020.json"), "utf8"));
  d.election.id = ADDED;
  d.election.rounds = [{ number: 1, date: "2099-03-15" }];
  d.presentation.title = { fr: "Élection de test ajoutée après la construction", en: "Test election added after the build" };
  d.presentation.shortTitle = { fr: "Test ajouté", en: "Added test" };
  d.corrections = [];
  d.version = versionOf(contentOf(d));
  return d;
}

test.beforeAll(async () => {
  copyFileSync(path.join("data", "elections", "paris-2020.json"), path.join(dir, "paris-2020.json"));
  server = await startProductionServer(PORT, { DATASET_DIR: dir, DATASET_CACHE_DIR: mkdtempSync(path.join(tmpdir(), "cache-")) });
});
test.afterAll(() => server?.stop());

test("an election file added to DATASET_DIR after the build renders everywhere, and /{lang} becomes the catalogue", async ({ request }) => {
  const get = (url: string) => request.get(`${server.base}${url}`, { maxRedirects: 0, headers: { Accept: "text/html,*/*;q=0.8" } });
  // One election: /fr is its dashboard; the new one is unknown.
  const only = await get("/fr");
  expect(only.status()).toBe(200);
  expect(await only.text()).toMatch(/<link rel="canonical" href="[^"]*\/fr\/paris-2020"/);
  expect((await get(`/fr/${ADDED}`)).status()).toBe(404);

  writeFileSync(path.join(dir, `${ADDED}.json`), JSON.stringify(addedElection()));

  const dashboard = await get(`/fr/${ADDED}`);
  expect(dashboard.status()).toBe(200);
  const html = await dashboard.text();
  expect(html).toContain("Élection de test ajoutée après la construction");
  expect(html).toContain(`href="/charts/${ADDED}/cameras.png`);
  // Its charts lead to its own reference pages.
  expect(html).toContain(`href="/fr/${ADDED}/candidates/hidalgo"`);
  expect(html).toContain(`href="/fr/${ADDED}/figures#figure-`);
  for (const url of [
    `/en/${ADDED}?highlight=dati`,
    `/fr/${ADDED}/candidates/dati`,
    `/en/${ADDED}/themes/surveillance`,
    `/fr/${ADDED}/figures`,
    `/en/${ADDED}/terms`,
    `/fr/${ADDED}/present?slide=2`,
    `/en/${ADDED}/corrections`,
    `/embed/${ADDED}/cameras?lang=en`,
    `/charts/${ADDED}/keywords.svg`,
    `/charts/${ADDED}/rental-caps.csv`,
    `/api/elections/${ADDED}/dataset`,
    `/api/elections/${ADDED}/dataset/status`,
  ]) {
    expect((await get(url)).status(), url).toBe(200);
  }
  expect((await get(`/charts/${ADDED}/theme-heatmap.csv?lang=en`)).headers()["content-disposition"]).toBe(`inline; filename="${ADDED}-theme-heatmap-en.csv"`);

  // Two elections: /fr lists them, newest first, each linking to its dashboard.
  const catalogue = await get("/fr");
  expect(catalogue.status()).toBe(200);
  const list = await catalogue.text();
  expect(list.indexOf(`href="/fr/${ADDED}"`)).toBeGreaterThan(-1);
  expect(list.indexOf(`href="/fr/${ADDED}"`)).toBeLessThan(list.indexOf('href="/fr/paris-2020"'));
  expect(catalogue.headers()["x-frame-options"]).toBe("DENY");
  const { elections } = await (await get("/api/elections")).json();
  expect(elections.map((e: { id: string }) => e.id)).toEqual([ADDED, "paris-2020"]);

  // Paris 2020's legacy links keep their place.
  expect((await get("/fr?cell=hidalgo.platforms")).headers()["location"]).toBe("/fr/paris-2020?cell=hidalgo.platforms");
  expect((await get("/embed/cameras")).status()).toBe(200);
  const feed = await (await get("/corrections.xml")).text();
  expect(feed).toContain("Paris 2020 numérique / Paris 2020 digital · Correction");
});
