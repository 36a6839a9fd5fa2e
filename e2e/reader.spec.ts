// A reader opens the dashboard, in French or English, and reads each candidate's quoted proposals
// on the election's reference pages: a page per candidate and per theme, the figures, the words.
import { expect, test } from "@playwright/test";
import { candidateHref, dashboardHref, figuresHref, termsHref, themeHref } from "../lib/routes";
import { danglingAnchors, dataset, LANGS } from "./fixtures";

/** The theme's page where a proposal is, with its quotes. */
const pageOf = (proposal: { theme: string }, lang: "fr" | "en" = "fr") => themeHref(lang, "paris-2020", proposal.theme);

/** Anne Hidalgo's own words in her flagship platforms proposal, as the dataset records them. */
const hidalgoWords = dataset.proposals
  .filter((p) => p.candidate === "hidalgo" && p.theme === "platforms")
  .flatMap((p) => p.quotes.flatMap((q) => q.speech ?? []))
  .find((s) => s.speaker.by === "candidate" && s.speaker.candidate === "hidalgo" && s.words.includes("renverser le rapport de force"))!.words;
const VOICE = {
  fr: { article: "L’article\u00a0:", owner: "Position d’Anne Hidalgo, selon l’article", source: /Source\s*:\s*Anne Hidalgo/ },
  en: { article: "The article:", owner: "Anne Hidalgo’s position, according to the article", source: /Source\s*:\s*Anne Hidalgo/ },
} as const;

test("/ redirects to French by default", async ({ request }) => {
  const res = await request.get("/", { maxRedirects: 0, headers: { "Accept-Language": "" } });
  expect(res.status()).toBe(307);
  expect(res.headers()["location"]).toBe("/fr");
});

test("/ redirects to English for a browser that prefers it", async ({ request }) => {
  const res = await request.get("/", { maxRedirects: 0, headers: { "Accept-Language": "en-GB,en;q=0.9,fr;q=0.4" } });
  expect(res.headers()["location"]).toBe("/en");
});

for (const [locale, lang] of [
  ["fr-FR", "fr"],
  ["en-GB", "en"],
] as const) {
  test.describe(`a browser set to ${locale}`, () => {
    test.use({ locale });
    test(`lands on /${lang}, the one election's dashboard, from /`, async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`/${lang}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/${lang}/paris-2020$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(dataset.presentation.title[lang]);
    });
  });
}

for (const lang of LANGS) {
  test(`/${lang}: each candidate's page shows their name and their position on every theme, with quotes`, async ({ page }) => {
    for (const candidate of dataset.candidates) {
      await page.goto(candidateHref(lang, "paris-2020", candidate.id));
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(candidate.name);
      const cells = page.locator(`[id^="cell-${candidate.id}-"]`);
      await expect(cells).toHaveCount(dataset.themes.length);
      // Quotes under this candidate's proposals, whatever the theme.
      await expect(cells.locator("blockquote").first()).toBeVisible();
    }
  });

  test(`/${lang}: the dashboard keeps the charts and leaves the long text to the pages it links to`, async ({ page }) => {
    await page.goto(dashboardHref(lang, "paris-2020"));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(".chart-frame")).toHaveCount(4);
    await expect(page.locator('[id^="proposal-"], [id^="figure-"], [id^="term-"]')).toHaveCount(0);
    const contents = page.getByRole("navigation", { name: lang === "fr" ? "Sommaire" : "Contents" });
    for (const c of dataset.candidates) await expect(contents.getByRole("link", { name: c.name })).toHaveAttribute("href", candidateHref(lang, "paris-2020", c.id));
    await expect(contents.getByRole("link", { name: lang === "fr" ? "Les chiffres" : "The figures" })).toHaveAttribute("href", figuresHref(lang, "paris-2020"));
    await expect(contents.getByRole("link", { name: lang === "fr" ? "Les mots employés" : "The words used" })).toHaveAttribute("href", termsHref(lang, "paris-2020"));
  });

  test(`/${lang} keeps quotes in French and verbatim`, async ({ page }) => {
    const proposal = dataset.proposals[0]!;
    await page.goto(pageOf(proposal, lang));
    const quote = page.locator(`#proposal-${proposal.id} blockquote`).first();
    await expect(quote).toHaveAttribute("lang", "fr");
    await expect(quote).toHaveText(proposal.quotes[0]!.text);
  });
}

test("silent cells say 'not mentioned' in words, never 0 or 'against'", async ({ page }) => {
  const silent = dataset.cells.find((c) => c.level === 0 && c.theme === "surveillance")!;
  await page.goto(themeHref("en", "paris-2020", "surveillance"));
  const cell = page.locator(`#cell-${silent.candidate}-${silent.theme}`);
  await expect(cell).toContainText("Not mentioned in the article");
  await expect(cell).not.toContainText("Against");
});

test("the language switch leads to the same page in the other language", async ({ page }) => {
  for (const [fr, en] of [
    ["/fr/paris-2020", "/en/paris-2020"],
    [candidateHref("fr", "paris-2020", "dati"), candidateHref("en", "paris-2020", "dati")],
    [themeHref("fr", "paris-2020", "ai"), themeHref("en", "paris-2020", "ai")],
    [figuresHref("fr", "paris-2020"), figuresHref("en", "paris-2020")],
    [termsHref("fr", "paris-2020"), termsHref("en", "paris-2020")],
  ]) {
    await page.goto(fr!);
    await page.getByRole("link", { name: "English version" }).click();
    await expect(page).toHaveURL(new RegExp(`${en}$`));
    await page.getByRole("link", { name: "Version française" }).click();
    await expect(page).toHaveURL(new RegExp(`${fr}$`));
  }
});

test("a candidate's page and a theme's page link to each other, at the same candidate × theme", async ({ page }) => {
  await page.goto(candidateHref("fr", "paris-2020", "simonnet"));
  const label = dataset.themes.find((t) => t.id === "inclusion")!.label.fr;
  await page
    .locator("#cell-simonnet-inclusion")
    .getByRole("link", { name: `Tous les candidats sur «\u00a0${label}\u00a0»` })
    .click();
  await expect(page).toHaveURL(/\/fr\/paris-2020\/themes\/inclusion#cell-simonnet-inclusion$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
  await expect(page.locator("#cell-simonnet-inclusion")).toBeInViewport();
  await page.locator("#cell-dati-inclusion").getByRole("link", { name: "Toutes les positions de Rachida Dati" }).click();
  await expect(page).toHaveURL(/\/fr\/paris-2020\/candidates\/dati#cell-dati-inclusion$/);
  // Back to the dashboard from any reference page.
  await page.getByRole("link", { name: "Retour au tableau de bord" }).click();
  await expect(page).toHaveURL(/\/fr\/paris-2020$/);
});

test("a figure's bar leads to its quote, as the article's passage, with whose figure it is", async ({ page }) => {
  const figure = dataset.figures.find((f) => f.id === "fig-cameras-dati")!;
  await page.goto("/fr/paris-2020");
  await page.locator('#chart-cameras .bar-row[data-candidate="dati"] a.bar').click();
  await expect(page).toHaveURL(/\/fr\/paris-2020\/figures#figure-fig-cameras-dati$/);
  const row = page.locator("#figure-fig-cameras-dati");
  await expect(row).toBeInViewport();
  await expect(row.locator("figcaption")).toHaveText("L’article\u00a0:");
  await expect(row.locator("blockquote")).toHaveText(figure.quotes[0]!.text);
  await expect(row).toContainText("Position de Rachida Dati, selon l’article");
  await expect(row).not.toContainText("Source\u00a0: Rachida Dati");
});

test("unknown languages and pages get a 404 that does not echo the URL", async ({ request }) => {
  for (const url of [
    "/de",
    "/fr/nowhere",
    "/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/fr/%22%3E%3Cimg%20src=x%3E",
    "/fr/paris-2020/candidates/nobody",
    "/fr/paris-2020/candidates/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/en/paris-2020/themes/%22%3E%3Cimg%20src=x%3E",
    "/fr/nowhere/figures",
    "/en/nowhere/themes/ai",
  ]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(404);
    const body = await res.text();
    expect(body).not.toContain("<script>alert(1)");
    expect(body).not.toContain("<img src=x>");
  }
});

test("the dashboard and its reference pages are readable on a 320 px phone without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of ["/fr/paris-2020", candidateHref("fr", "paris-2020", "buzyn"), themeHref("fr", "paris-2020", "surveillance"), figuresHref("fr", "paris-2020"), termsHref("fr", "paris-2020")]) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

for (const lang of LANGS) {
  test(`/${lang}/paris-2020?cell=hidalgo.platforms shows the article as the source, Anne Hidalgo as the speaker of her words and as the position's owner`, async ({ page }) => {
    await page.goto(`/${lang}/paris-2020?cell=hidalgo.platforms`);
    const panel = page.locator("#cell-panel");
    await expect(panel.locator("figcaption").first()).toHaveText(VOICE[lang].article);
    // Her words, set apart under the passage, with her name as the speaker.
    await expect(panel.getByText(`«\u00a0${hidalgoWords}\u00a0» — Anne Hidalgo`, { exact: true })).toBeVisible();
    await expect(panel.locator("blockquote [data-speech]").filter({ hasText: hidalgoWords })).toBeVisible();
    await expect(panel.getByText(VOICE[lang].owner, { exact: true }).first()).toBeVisible();
    // Never the journalist's sentence under the candidate's name as its source.
    await expect(page.locator("body")).not.toContainText(VOICE[lang].source);
  });
}

test("a spokesperson's words carry the spokesperson's name and role, and the position stays the candidate's", async ({ page }) => {
  const proposal = dataset.proposals.find((p) => p.quotes.some((q) => q.speech?.some((s) => s.speaker.spokesperson === "midy")))!;
  await page.goto(pageOf(proposal));
  const item = page.locator(`#proposal-${proposal.id}`);
  await expect(item).toContainText("Paul Midy, directeur de campagne d’Agnès Buzyn");
  await expect(item).toContainText("Position d’Agnès Buzyn, exprimée par Paul Midy");
  await expect(item).not.toContainText("Source");
});

for (const lang of LANGS) {
  test(`/${lang}/paris-2020: every link to a datum (each chart's marks and headings, tables, lists) lands on the element it names, on this page or another`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/${lang}/paris-2020`);
    // Links to datums exist (so the check below checks something): every mark and heading of every chart.
    expect(await page.locator("svg a[href]").count()).toBeGreaterThan(100);
    expect(await danglingAnchors(page)).toEqual([]);
  });
}

test("every link of a candidate's page and a theme's page lands on the element it names", async ({ page }) => {
  test.setTimeout(120_000);
  for (const url of [candidateHref("fr", "paris-2020", "buzyn"), themeHref("en", "paris-2020", "own-projects")]) {
    await page.goto(url);
    expect(await danglingAnchors(page), url).toEqual([]);
  }
  // The check itself finds a link that leads nowhere, on the page or on another.
  await page.evaluate(() =>
    document.body.insertAdjacentHTML("beforeend", '<a href="#nowhere">a</a><a href="/en/paris-2020/figures#figure-nowhere">b</a><a href="/en/paris-2020/themes/nowhere">c</a>'),
  );
  expect(await danglingAnchors(page)).toEqual(["#nowhere", "/en/paris-2020/figures#figure-nowhere", "/en/paris-2020/themes/nowhere (404)"]);
});
