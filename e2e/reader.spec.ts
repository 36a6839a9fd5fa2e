// A reader opens the dashboard, in French or English, and reads each candidate's quoted proposals.
import { expect, test } from "@playwright/test";
import { danglingAnchors, dataset, LANGS } from "./fixtures";

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
    test(`lands on /${lang} from /`, async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`/${lang}/paris-2020$`));
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
    });
  });
}

for (const lang of LANGS) {
  test(`/${lang} shows all six candidates, each with at least one quote`, async ({ page }) => {
    await page.goto(`/${lang}/paris-2020`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const candidate of dataset.candidates) {
      const card = page.locator(`#candidate-${candidate.id}`);
      await expect(card.getByRole("heading", { name: candidate.name })).toBeVisible();
      const cells = page.locator(`[id^="cell-${candidate.id}-"]`);
      await expect(cells).toHaveCount(dataset.themes.length);
      // Quotes under this candidate's proposals, whatever the theme.
      await expect(cells.locator("blockquote").first()).toBeVisible();
    }
  });

  test(`/${lang} keeps quotes in French and verbatim`, async ({ page }) => {
    await page.goto(`/${lang}/paris-2020`);
    const proposal = dataset.proposals[0]!;
    const quote = page.locator(`#proposal-${proposal.id} blockquote`).first();
    await expect(quote).toHaveAttribute("lang", "fr");
    await expect(quote).toHaveText(proposal.quotes[0]!.text);
  });
}

test("silent cells say 'not mentioned' in words, never 0 or 'against'", async ({ page }) => {
  await page.goto("/en/paris-2020");
  const silent = dataset.cells.find((c) => c.level === 0 && c.theme === "surveillance")!;
  const cell = page.locator(`#cell-${silent.candidate}-${silent.theme}`);
  await expect(cell).toContainText("Not mentioned in the article");
  await expect(cell).not.toContainText("Against");
});

test("the language switch leads to the same page in the other language", async ({ page }) => {
  await page.goto("/fr/paris-2020");
  await page.getByRole("link", { name: "English version" }).click();
  await expect(page).toHaveURL(/\/en\/paris-2020$/);
  await page.getByRole("link", { name: "Version française" }).click();
  await expect(page).toHaveURL(/\/fr\/paris-2020$/);
});

test("a candidate's theme link jumps to that cell", async ({ page }) => {
  await page.goto("/fr/paris-2020");
  const card = page.locator("#candidate-simonnet");
  await card.getByRole("link").first().click();
  await expect(page).toHaveURL(/#cell-simonnet-/);
});

test("unknown languages and pages get a 404 that does not echo the URL", async ({ request }) => {
  for (const url of ["/de", "/fr/nowhere", "/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/fr/%22%3E%3Cimg%20src=x%3E"]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(404);
    const body = await res.text();
    expect(body).not.toContain("<script>alert(1)");
    expect(body).not.toContain("<img src=x>");
  }
});

test("the dashboard is readable on a 320 px phone without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/fr/paris-2020");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
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
  await page.goto("/fr/paris-2020");
  const item = page.locator(`#proposal-${proposal.id}`);
  await expect(item).toContainText("Paul Midy, directeur de campagne d’Agnès Buzyn");
  await expect(item).toContainText("Position d’Agnès Buzyn, exprimée par Paul Midy");
  await expect(item).not.toContainText("Source");
});

for (const lang of LANGS) {
  test(`/${lang}/paris-2020: every in-page link (each chart's marks, tables, lists) lands on the datum it names`, async ({ page }) => {
    await page.goto(`/${lang}/paris-2020`);
    // Links to datums exist (so the check below checks something), and none leads nowhere.
    expect(await page.locator("svg a[href^='#']").count()).toBeGreaterThan(20);
    expect(await danglingAnchors(page)).toEqual([]);
  });
}
