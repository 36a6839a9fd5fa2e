// Versions and the public corrections log: a pinned version (`?v=`) is served as it was, long-lived;
// an unknown one is a 404; readers see that data were corrected, when and why, and each value
// before and after. Version ids, reasons and changed values come from the dataset file the server
// reads (DATASET_FILE, else the bundled one), at run time: it must log at least one correction.
import path from "node:path";
import { expect, test } from "@playwright/test";
import type { VersionRecord } from "../lib/dataset/history";
import { readDatasetFile } from "../lib/dataset/read";
import { formatDate } from "../lib/i18n/dates";
import { en } from "../lib/i18n/en";
import { fr } from "../lib/i18n/fr";
import { expectNoAxeViolationInBothSchemes } from "./fixtures";

const FILE = process.env.DATASET_FILE || path.join(process.cwd(), "data", "elections", "paris-2020.json");
const PINNED = "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800";

/** Every version of the served data, oldest first; fails (never skips) when the file logs no correction. */
function history(): VersionRecord[] {
  const read = readDatasetFile(FILE);
  if (!read.ok) throw new Error(`${FILE} is not a valid dataset: ${JSON.stringify(read.problems.slice(0, 3))}`);
  if (read.versions.length < 2) {
    throw new Error(
      `${FILE} logs no correction, so there is no earlier version to test. These tests need corrected data: the lead's corrections, or DATASET_FILE naming a copy corrected with \`npx tsx lib/cli/data-correct.ts\`.`,
    );
  }
  return read.versions;
}

/** A heatmap cell whose level differs between two versions (the corrections recode cells), with the correction that changed it. */
function recodedCell(versions: VersionRecord[]) {
  for (let n = 1; n < versions.length; n++) {
    const [before, after] = [versions[n - 1]!.dataset, versions[n]!.dataset];
    for (const cell of before.cells) {
      const later = after.cells.find((c) => c.candidate === cell.candidate && c.theme === cell.theme)!;
      if (later.level !== cell.level) {
        const name = before.candidates.find((c) => c.id === cell.candidate)!.name;
        const theme = before.themes.find((t) => t.id === cell.theme)!.label.fr;
        return { correction: n, candidate: cell.candidate, theme: cell.theme, name, themeLabel: theme, before: cell.level, after: later.level };
      }
    }
  }
  throw new Error(`no correction in ${FILE} changes a cell's level: the test needs one (the lead's recode Simonnet × surveillance and Hidalgo × AI).`);
}

const cellLink = (candidate: string, theme: string) => `a.heatmap-cell[data-candidate="${candidate}"][data-theme="${theme}"]`;

test("/api/elections/paris-2020/dataset?v=<version 1> serves the data as first published, long-lived; without v, the latest", async ({ request }) => {
  const versions = history();
  const [first, latest] = [versions[0]!, versions[versions.length - 1]!];
  const res = await request.get(`/api/elections/paris-2020/dataset?v=${first.version}`);
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe(PINNED);
  const etag = res.headers()["etag"]!;
  expect(etag).toMatch(/^"[\w-]+"$/);
  const json = await res.json();
  expect(json.version).toBe(first.version);
  expect(json.corrections).toEqual([]);
  expect(json).toEqual(JSON.parse(JSON.stringify(first.dataset)));
  const cell = recodedCell(versions);
  expect(versions[cell.correction - 1]!.dataset.cells.find((c) => c.candidate === cell.candidate && c.theme === cell.theme)!.level).toBe(cell.before);
  expect((await request.get(`/api/elections/paris-2020/dataset?v=${first.version}`, { headers: { "If-None-Match": etag } })).status()).toBe(304);
  const current = await request.get("/api/elections/paris-2020/dataset");
  expect(current.headers()["cache-control"]).toMatch(/must-revalidate/);
  expect((await current.json()).version).toBe(latest.version);
});

test("an unknown or malformed v is a 404 on the dataset, embeds and downloads, never reflected", async ({ request }) => {
  for (const route of ["/api/elections/paris-2020/dataset", "/embed/paris-2020/cameras", "/charts/paris-2020/cameras.svg", "/charts/paris-2020/cameras.csv", "/charts/paris-2020/cameras.png"]) {
    for (const v of ["000000000000", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", ""]) {
      const res = await request.get(`${route}?v=${v}`);
      expect(res.status(), `${route}?v=${v}`).toBe(404);
      const body = await res.text();
      expect(body).not.toContain("<script");
      expect(body).not.toContain("000000000000");
    }
  }
});

test("the heatmap embed pinned to version 1 shows the cells as they were, stays pinned in its links, and is long-lived", async ({ page }) => {
  const versions = history();
  const cell = recodedCell(versions);
  const old = versions[cell.correction - 1]!;
  const response = await page.goto(`/embed/paris-2020/theme-heatmap?v=${old.version}`);
  expect(response!.headers()["cache-control"]).toBe(PINNED);
  expect(response!.headers()["etag"]).toMatch(/^"[\w-]+"$/);
  await expect(page.locator(cellLink(cell.candidate, cell.theme))).toHaveAttribute("data-level", String(cell.before));
  for (const ext of ["png", "svg", "csv"])
    await expect(page.getByRole("link", { name: ext.toUpperCase(), exact: true })).toHaveAttribute("href", new RegExp(`/charts/paris-2020/theme-heatmap\\.${ext}\\?v=${old.version}$`));
  await expect(page.getByRole("link", { name: fr.embed.fullDashboard })).toHaveAttribute("href", new RegExp(`/fr/paris-2020\\?v=${old.version}#chart-theme-heatmap$`));

  await page.goto(`/embed/paris-2020/theme-heatmap?v=${versions[cell.correction]!.version}`);
  await expect(page.locator(cellLink(cell.candidate, cell.theme))).toHaveAttribute("data-level", String(cell.after));
});

test("the dashboard link of a pinned embed shows that version, says so, and links to the current one", async ({ page }) => {
  const versions = history();
  const cell = recodedCell(versions);
  const old = versions[cell.correction - 1]!;
  const latest = versions[versions.length - 1]!;
  await page.goto(`/fr/paris-2020?v=${old.version}`);
  await expect(page.getByText(fr.corrections.pinnedNotice(old.number, old.version))).toBeVisible();
  await expect(page.locator(cellLink(cell.candidate, cell.theme))).toHaveAttribute("data-level", String(cell.before));
  await page.getByRole("link", { name: fr.corrections.seeLatest(latest.number) }).click();
  await expect(page).toHaveURL(/\/fr\/paris-2020$/);
  expect(await page.locator(cellLink(cell.candidate, cell.theme)).getAttribute("data-level")).toBe(
    String(latest.dataset.cells.find((c) => c.candidate === cell.candidate && c.theme === cell.theme)!.level),
  );
});

test("axe finds no violation on a dashboard pinned to version 1 (light, then dark)", async ({ page }) => {
  test.slow();
  await expectNoAxeViolationInBothSchemes(page, `/fr/paris-2020?v=${history()[0]!.version}`);
});

test("the embed shows « Corrigé le … » beside its source line, linking to the log in a new tab", async ({ page, context }) => {
  const versions = history();
  const latest = versions[versions.length - 1]!.dataset;
  const last = latest.corrections[latest.corrections.length - 1]!;
  await page.goto("/embed/paris-2020/cameras");
  const mark = page.locator("footer").getByRole("link", { name: `Corrigé le ${formatDate(last.date, "fr")}` });
  await expect(mark).toHaveAttribute("target", "_blank");
  const [log] = await Promise.all([context.waitForEvent("page"), mark.click()]);
  await expect(log).toHaveURL(new RegExp(`/fr/paris-2020/corrections#correction-${latest.corrections.length}$`));
  await expect(log.getByRole("heading", { level: 1 })).toHaveText(fr.corrections.title);
  // Version 1 had no correction: its embed says nothing of the kind.
  await page.goto(`/embed/paris-2020/cameras?lang=en&v=${versions[0]!.version}`);
  await expect(page.locator("footer")).not.toContainText("Corrected on");
});

test("downloads carry the data version in their source line; pinned ones are long-lived", async ({ request }) => {
  const versions = history();
  const [first, latest] = [versions[0]!, versions[versions.length - 1]!.dataset];
  const last = latest.corrections[latest.corrections.length - 1]!;
  const svg = await (await request.get("/charts/paris-2020/cameras.svg")).text();
  expect(svg).toContain(`Données version ${versions.length} (${latest.version}), corrigée le ${formatDate(last.date, "fr")}.`);
  const pinned = await request.get(`/charts/paris-2020/cameras.svg?lang=en&v=${first.version}`);
  expect(pinned.headers()["cache-control"]).toBe(PINNED);
  expect(await pinned.text()).toContain(`Data version 1 (${first.version}).`);
  const csv = (await (await request.get(`/charts/paris-2020/cameras.csv?v=${first.version}`)).text()).replace(/\r\n$/, "").split("\r\n");
  expect(csv[csv.length - 1]).toContain(`Données version 1 (${first.version})`);
  const og = await request.get(`/charts/paris-2020/keywords.png?format=og&v=${first.version}`);
  expect(og.status()).toBe(200);
  expect(og.headers()["cache-control"]).toBe(PINNED);
});

test("the corrections page, linked from the dashboard's footer, lists every correction with its reason and its values before and after", async ({ page }) => {
  const versions = history();
  const latest = versions[versions.length - 1]!.dataset;
  const cell = recodedCell(versions);
  await page.goto("/fr/paris-2020");
  await page.locator("footer").getByRole("link", { name: fr.corrections.logLink }).click();
  await expect(page).toHaveURL(/\/fr\/paris-2020\/corrections$/);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(1);
  const articles = page.locator("main article");
  await expect(articles).toHaveCount(latest.corrections.length);
  for (const [i, correction] of latest.corrections.entries()) {
    const article = page.locator(`#correction-${i + 1}`);
    await expect(article.getByRole("heading", { level: 2 })).toHaveText(fr.corrections.heading(i + 1, formatDate(correction.date, "fr")));
    await expect(article).toContainText(correction.reason.fr);
    await expect(article).toContainText(`${correction.from}`);
    await expect(article).toContainText(`${correction.to}`);
    await expect(article.locator("dt", { hasText: fr.corrections.before }).first()).toBeVisible();
    await expect(article.locator("dt", { hasText: fr.corrections.after }).first()).toBeVisible();
    // Values in words: no JSON dump of a summary, a quote, a level, a kind, an attribution or a label.
    expect(await article.innerText()).not.toMatch(/[{[]"|"(fr|en|text|by|kind|level)":/);
  }
  const change = page
    .locator(`#correction-${cell.correction} li`)
    .filter({ hasText: `Case ${cell.name} × ${cell.themeLabel}` })
    .filter({ hasText: "Niveau codé" });
  await expect(change.locator("dd").first()).toHaveText(`${cell.before} – ${fr.levels[cell.before as 0]}`);
  await expect(change.locator("dd").nth(1)).toHaveText(`${cell.after} – ${fr.levels[cell.after as 0]}`);
  // Quotes stay French, verbatim, whatever the page's language.
  await page.goto("/en/paris-2020/corrections");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.corrections.title);
  for (const correction of latest.corrections) await expect(page.locator("main")).toContainText(correction.reason.en);
  const quotes = page.locator("main article blockquote");
  for (const lang of await quotes.evaluateAll((els) => els.map((el) => el.getAttribute("lang")))) expect(lang).toBe("fr");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the corrections page is complete", async ({ page }) => {
    const latest = history().at(-1)!.dataset;
    await page.goto("/fr/paris-2020/corrections");
    await expect(page.locator("main article")).toHaveCount(latest.corrections.length);
    await expect(page.locator("main dl").first()).toBeVisible();
  });
});

test("the Atom feed has an entry per correction, and pages announce it", async ({ request, page }) => {
  const latest = history().at(-1)!.dataset;
  const res = await request.get("/corrections.xml");
  expect(res.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await res.text();
  expect(xml.match(/<entry>/g)).toHaveLength(latest.corrections.length);
  for (const correction of latest.corrections) expect(xml).toContain(correction.reason.en.replace(/&/g, "&amp;").replace(/</g, "&lt;"));
  await page.goto("/fr/paris-2020");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/corrections\.xml$/);
});

test("the dashboard marks its source lines as corrected, and its embed dialog offers to pin this version", async ({ page }) => {
  const latest = history().at(-1)!.dataset;
  const label = `Corrigé le ${formatDate(latest.corrections.at(-1)!.date, "fr")}`;
  await page.goto("/fr/paris-2020");
  await expect(page.locator("figcaption.chart-source").getByRole("link", { name: label })).toHaveCount(4);
  await expect(page.locator("main > p").getByRole("link", { name: label })).toHaveAttribute("href", `/fr/paris-2020/corrections#correction-${latest.corrections.length}`);
  await page.locator("#chart-cameras").getByRole("button", { name: fr.embed.open }).click();
  const dialog = page.getByRole("dialog");
  const code = dialog.getByRole("textbox");
  await expect(dialog.getByRole("radio", { name: fr.corrections.embedLatest })).toBeChecked();
  await expect(code).not.toHaveValue(/v=/);
  await dialog.getByRole("radio", { name: fr.corrections.embedPinned(latest.corrections.length + 1, latest.version) }).check();
  await expect(code).toHaveValue(new RegExp(`embed/paris-2020/cameras\\?v=${latest.version}"`));
  await expect(dialog.locator("iframe")).toHaveAttribute("src", `/embed/paris-2020/cameras?v=${latest.version}`);
});
