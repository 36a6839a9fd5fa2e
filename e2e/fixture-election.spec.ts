// A second election renders everywhere from its file alone: the fictional fixture election
// (e2e/fixtures/elections/, never in a production build), beside Paris 2020, in a DATASET_DIR this
// spec makes, on its own server. Its catalogue line, dashboards, reference pages (rendered on
// request: the build never saw the file), embeds, downloads, pinned version, slides, corrections
// page and data, in a real browser, with no Paris word anywhere in them.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { startProductionServer } from "../lib/cli/serve.mjs";
import { CATALOGUE_API, candidateHref, catalogueHref, chartFileHref, correctionsHref, dashboardHref, datasetHref, embedHref, figuresHref, presentHref, termsHref, themeHref } from "../lib/routes";
import { FIXTURE_CHARTS, FIXTURE_ELECTION, rawFixtureElection, twoElectionDatasetDir } from "../lib/testing/fixture-election";
import { axeViolations, danglingAnchors, LANGS } from "./fixtures";

const PORT = 3450;
const E = FIXTURE_ELECTION;
const fixture = rawFixtureElection();
const paris = JSON.parse(readFileSync(path.join("data", "elections", "paris-2020.json"), "utf8"));
type Lang = (typeof LANGS)[number];
type Localized = Record<Lang, string>;
const charts: { slug: string; kind: string; title: Localized }[] = fixture.presentation.charts;
/** The fixture's one logged correction: Hélène Aubépin's car-free days, 3 in version 1, 4 since. */
const [correction] = fixture.corrections as { from: string; to: string; reason: Localized }[];
const VERSION_1 = correction!.from;
/** Words of Paris 2020's data and copy that no page of another election may show. */
const PARIS_WORDS = /Paris|Hidalgo|caméras?|numérique/i;

let server: { base: string; stop: () => Promise<unknown> };

// One server for the file: its tests run in order in one worker (not spread over two, which would start two servers on one port).
test.describe.configure({ mode: "default", timeout: 120_000 });
test.beforeAll(async () => {
  server = await startProductionServer(PORT, { DATASET_DIR: twoElectionDatasetDir(), DATASET_CACHE_DIR: mkdtempSync(path.join(tmpdir(), "cache-")) });
});
test.afterAll(() => server?.stop());

const url = (p: string) => `${server.base}${p}`;
/** A text as a reader reads it: no-break spaces as spaces, runs of white space as one. */
const plain = (text: string | null) =>
  (text ?? "")
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
/** The text of every element a locator matches, read plainly. */
const textsOf = async (page: Page, selector: string) => (await page.locator(selector).allTextContents()).map(plain);

/** What the fixture's takeaways say, filled from its data, for all three candidates and with Inès Dumarais hidden. */
const TAKEAWAYS = {
  fr: {
    all: [
      "2 cases sur 9 restent muettes : l’article ne dit rien de ces candidats sur ces thèmes.",
      "2 candidats chiffrent les journées sans voiture : 4 jours par an (Hélène Aubépin) ; 6 ou 12 jours par an, au choix des conseils de quartier (Marc Corvelle) ; l’autre ne donne pas de chiffre.",
      "Le mot « climat » est absent de 2 des 3 professions de foi des trois candidats, selon l’article, qui ne dit pas lesquelles.",
    ],
    withoutDumarais: ["Une case sur 6 reste muette", "(Marc Corvelle)."],
  },
  en: {
    all: [
      "2 cells of 9 stay silent: the article says nothing of these candidates on these themes.",
      "2 candidates put a figure on car-free days: 4 days a year (Hélène Aubépin); 6 or 12 days a year, chosen by the neighbourhood councils (Marc Corvelle); the other gives no figure.",
      "The word “climat” is absent from 2 of the 3 election addresses of the three candidates, the article says, without saying which.",
    ],
    withoutDumarais: ["One cell of 6 stays silent", "(Marc Corvelle)."],
  },
} as const;

test("/fr and /en list both elections, the fixture (2031) first, each by its presentation's title", async ({ page }) => {
  for (const lang of LANGS) {
    await page.goto(url(catalogueHref(lang)));
    await expect(page).toHaveURL(url(catalogueHref(lang)));
    const lines = page.locator("li[data-election]");
    await expect(lines).toHaveCount(2);
    expect(await lines.evaluateAll((els) => els.map((el) => el.getAttribute("data-election")))).toEqual([E, "paris-2020"]);
    await expect(lines.nth(0).getByRole("link")).toHaveText(fixture.presentation.title[lang]);
    await expect(lines.nth(0).getByRole("link")).toHaveAttribute("href", dashboardHref(lang, E));
    await expect(lines.nth(1).getByRole("link")).toHaveText(paris.presentation.title[lang]);
  }
});

for (const lang of LANGS) {
  test(`/${lang}/${E} shows the fixture's title, lead, three charts by their titles and takeaways filled from its data`, async ({ page }) => {
    await page.goto(url(dashboardHref(lang, E)));
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixture.presentation.title[lang]);
    await expect(page.getByText(fixture.presentation.lead[lang], { exact: true })).toBeVisible();
    for (const chart of charts) await expect(page.getByRole("heading", { name: chart.title[lang], exact: true })).toBeVisible();
    expect(await textsOf(page, ".chart-takeaway")).toEqual(TAKEAWAYS[lang].all);

    // With Inès Dumarais hidden, the counts change and so do the plural forms: one silent cell, nobody without a figure.
    await page.goto(url(dashboardHref(lang, E, "?hide=dumarais")));
    const [heatmap, bars] = await textsOf(page, ".chart-takeaway");
    expect(heatmap).toContain(TAKEAWAYS[lang].withoutDumarais[0]);
    expect(bars!.endsWith(TAKEAWAYS[lang].withoutDumarais[1])).toBe(true);
  });
}

test("every link to a datum of the fixture's dashboard (its charts' marks and headings, tables, lists) lands on the element it names, on the reference page that holds it", async ({ page }) => {
  await page.goto(url(dashboardHref("fr", E)));
  expect(await page.locator("svg a[href]").count()).toBeGreaterThan(20);
  expect(await danglingAnchors(page)).toEqual([]);
});

test("the fixture's reference pages render on request from its file: a candidate's positions with the spokesperson's words, every candidate on a theme, the figures and the words", async ({
  page,
}) => {
  await page.goto(url(candidateHref("fr", E, "dumarais")));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inès Dumarais");
  const cell = page.locator("#cell-dumarais-mobilites");
  await expect(cell).toContainText("Louis Songe, directeur de campagne d’Inès Dumarais");
  await expect(cell).toContainText("Position d’Inès Dumarais, exprimée par Louis Songe");
  await expect(page.locator("#cell-dumarais-parking-silo")).toContainText("Non mentionné par l’article");
  await page.goto(url(themeHref("en", E, "mobilites")));
  await expect(page.locator('[id^="cell-"]')).toHaveCount(fixture.candidates.length);
  await page.goto(url(figuresHref("en", E)));
  await expect(page.locator('[id^="figure-"]')).toHaveCount(fixture.figures.length);
  await page.goto(url(termsHref("fr", E)));
  await expect(page.locator('[id^="term-"]')).toHaveCount(fixture.termUsage.length);
  expect(await danglingAnchors(page)).toEqual([]);
  for (const unknown of [candidateHref("fr", E, "hidalgo"), themeHref("en", E, "surveillance")]) expect((await page.request.get(url(unknown))).status(), unknown).toBe(404);
});

test("the heatmap's silent cell reads « non mentionné », never 0; a cell opens its quotes with the spokesperson's name and role", async ({ page }) => {
  await page.goto(url(dashboardHref("fr", E)));
  const heatmap = page.locator("svg.chart").first();
  const silent = heatmap.locator('a.heatmap-cell[data-candidate="dumarais"][data-theme="parking-silo"]');
  await expect(silent).toHaveAttribute("data-level", "0");
  expect(plain(await silent.textContent())).toBe("non mentionné");
  await expect(silent).toHaveAttribute("aria-label", /non mentionné/i);
  await expect(silent).not.toHaveAttribute("aria-label", /niveau 0|: 0\b/);

  await heatmap.locator('a.heatmap-cell[data-candidate="dumarais"][data-theme="mobilites"]').click();
  await expect(page).toHaveURL(/cell=dumarais\.mobilites/);
  const panel = page.locator("#cell-panel");
  await expect(panel.getByText("Le vélo, oui, mais pas contre les commerçants du centre").first()).toBeVisible();
  await expect(panel).toContainText("Louis Songe, directeur de campagne d’Inès Dumarais");
  await expect(panel).toContainText("Position d’Inès Dumarais, exprimée par Louis Songe");
});

test("the figure-bars chart draws Marc Corvelle's options as two bars, and Inès Dumarais without a figure with her stance", async ({ page }) => {
  await page.goto(url(dashboardHref("fr", E)));
  const bars = page.locator("svg.chart-bars").first();
  await expect(bars.locator('.bar-row[data-candidate="corvelle"] a.bar')).toHaveCount(2);
  await expect(bars.locator('.bar-row[data-candidate="corvelle"] a.bar--option')).toHaveCount(2);
  await expect(bars.locator('.bar-row[data-candidate="aubepin"] a.bar')).toHaveCount(1);
  const dumarais = bars.locator('.bar-row[data-candidate="dumarais"]');
  await expect(dumarais.locator("a.bar")).toHaveCount(0);
  await expect(dumarais.locator("a.bar-missing")).toHaveAttribute("aria-label", /^Inès Dumarais\s:\saucun chiffre dans l’article, Parking silo\s:\snon mentionné$/);
});

for (const chart of charts) {
  test(`${chart.slug}: embed (no redirect, its SVG), SVG, PNG and CSV downloads in both languages`, async ({ page, request }) => {
    const embed = await request.get(url(embedHref(E, chart.slug)), { maxRedirects: 0 });
    expect(embed.status()).toBe(200);
    await page.goto(url(embedHref(E, chart.slug, "?lang=en")));
    await expect(page).toHaveURL(url(embedHref(E, chart.slug, "?lang=en")));
    await expect(page.locator("svg.chart").first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(chart.title.en);

    const svg = await request.get(url(chartFileHref(E, chart.slug, "svg")));
    expect(svg.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
    const svgText = await svg.text();
    expect(svgText).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
    expect(svgText).toContain(chart.title.fr);

    const png = await (await request.get(url(chartFileHref(E, chart.slug, "png")))).body();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    for (const lang of LANGS) {
      const csv = await (await request.get(url(chartFileHref(E, chart.slug, "csv", `?lang=${lang}`)))).body();
      expect([...csv.subarray(0, 3)], "a BOM, for spreadsheets").toEqual([0xef, 0xbb, 0xbf]);
      const text = csv.subarray(3).toString("utf8");
      const header = text.split("\n")[0]!;
      expect(header).toContain(lang === "fr" ? "Passage de l’article" : "The article’s passage");
      expect(header).not.toContain(lang === "fr" ? "The article’s passage" : "Passage de l’article");
      if (chart.kind === "figure-bars") expect(header).toContain(fixture.presentation.charts[1].valueColumn[lang]);
      // The quotes stay in French, verbatim, in both languages.
      expect(text).toContain(
        chart.kind === "term-usage" ? "Le mot « climat » est absent de deux des trois professions de foi" : "Mme Aubépin veut aussi organiser quatre journées sans voiture par an",
      );
    }
  });
}

test(`pinned to version 1 (?v=${VERSION_1}), the embed and its CSV show Hélène Aubépin's figure before the correction`, async ({ page, request }) => {
  const bars = FIXTURE_CHARTS.figureBars;
  const aubepin = page.locator('svg.chart-bars .bar-row[data-candidate="aubepin"] .bar-value');
  await page.goto(url(embedHref(E, bars)));
  await expect(aubepin).toHaveText("4 jours par an");
  await page.goto(url(embedHref(E, bars, `?v=${VERSION_1}`)));
  await expect(aubepin).toHaveText("3 jours par an");
  const csv = await (await request.get(url(chartFileHref(E, bars, "csv", `?v=${VERSION_1}`)))).text();
  expect(csv).toContain("Hélène Aubépin,3 jours par an,");
  expect(csv).not.toContain("Hélène Aubépin,4 jours par an,");
});

test("the slides: the title slide, each chart's slides in the presentation's order, a spotlight per candidate, keys forward and back", async ({ page }) => {
  await page.goto(url(presentHref("fr", E, "?slide=1")));
  await expect(page.locator("[data-ready]")).toHaveCount(1);
  const stage = page.locator("main.stage");
  await expect(stage).toHaveAttribute("data-slide", "1");
  await expect(stage.getByRole("heading", { level: 1 })).toHaveText(fixture.presentation.title.fr);
  // The heatmap builds theme by theme (one slide per theme), then the other charts (the term-usage
  // kind in two slides: the article's findings, then the derived counts), then one spotlight per candidate.
  const themes: unknown[] = fixture.themes;
  const expected = [...themes.map(() => charts[0]!.title.fr), charts[1]!.title.fr, charts[2]!.title.fr, charts[2]!.title.fr, ...fixture.candidates.map((c: { name: string }) => c.name)];
  for (const [i, heading] of expected.entries()) {
    await page.keyboard.press("ArrowRight");
    await expect(stage).toHaveAttribute("data-slide", String(i + 2));
    await expect(page).toHaveURL(new RegExp(`slide=${i + 2}$`));
    await expect(stage.getByRole("heading", { level: 2 })).toContainText(heading);
  }
  await page.keyboard.press("ArrowLeft");
  await expect(stage).toHaveAttribute("data-slide", String(expected.length));
  await expect(stage.getByRole("heading", { level: 2 })).toContainText(fixture.candidates[1].name);
});

test("the corrections page lists the one correction: its French reason, and the value before and after", async ({ page }) => {
  await page.goto(url(correctionsHref("fr", E)));
  const entries = page.locator('article[id^="correction-"]');
  await expect(entries).toHaveCount(1);
  const entry = plain(await entries.first().innerText());
  expect(entry).toContain(plain(correction!.reason.fr));
  expect(entry).toMatch(/Avant 3 jours par an Après 4 jours par an/);
  expect(entry).toContain(`${correction!.from}`);
  expect(entry).toContain(`${correction!.to}`);
});

test("/api/elections lists both elections; the fixture's dataset answers with an ETag and its version", async ({ request }) => {
  const { elections } = await (await request.get(url(CATALOGUE_API))).json();
  expect(elections.map((e: { id: string }) => e.id)).toEqual([E, "paris-2020"]);
  const res = await request.get(url(datasetHref(E)));
  expect(res.status()).toBe(200);
  expect(res.headers()["etag"]).toMatch(/^"[\w-]+"$/);
  expect((await res.json()).version).toBe(correction!.to);
});

test("axe finds no violation on the fixture's dashboard, a reference page, an embed, the slides and the corrections page", async ({ page }) => {
  for (const route of [dashboardHref("fr", E), candidateHref("en", E, "corvelle"), embedHref(E, FIXTURE_CHARTS.heatmap), presentHref("fr", E, "?slide=2"), correctionsHref("en", E)]) {
    await page.goto(url(route));
    if (route.includes("/present")) await expect(page.locator("[data-ready]")).toHaveCount(1);
    expect(await axeViolations(page), route).toEqual([]);
  }
});

test("no word of Paris 2020 appears on any page, embed or download of the fixture", async ({ request }) => {
  const routes = [
    ...LANGS.flatMap((lang) => [
      dashboardHref(lang, E),
      dashboardHref(lang, E, `?cell=dumarais.mobilites`),
      presentHref(lang, E),
      correctionsHref(lang, E),
      candidateHref(lang, E, "aubepin"),
      themeHref(lang, E, "budget-participatif"),
      figuresHref(lang, E),
      termsHref(lang, E),
    ]),
    ...charts.flatMap((c) => [embedHref(E, c.slug), embedHref(E, c.slug, "?lang=en"), chartFileHref(E, c.slug, "svg"), chartFileHref(E, c.slug, "csv", "?lang=en")]),
  ];
  for (const route of routes) {
    const res = await request.get(url(route), { headers: { Accept: "text/html,*/*;q=0.8" } });
    expect(res.status(), route).toBe(200);
    const text = await res.text();
    expect(text.match(PARIS_WORDS)?.[0], route).toBeUndefined();
  }
});
