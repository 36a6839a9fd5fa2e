// With JavaScript disabled every page is complete: server-rendered HTML, not an app shell. The
// dashboard's charts and the reference pages together show every datum with its quotes.
import { expect, test } from "@playwright/test";
import { candidateHref, figuresHref, termsHref, themeHref } from "../lib/routes";
import { dataset, LANGS } from "./fixtures";

test.use({ javaScriptEnabled: false });

for (const lang of LANGS) {
  test(`/${lang}: without JavaScript the theme pages show every cell and proposal with its quotes, and the figures and terms pages every figure and fact`, async ({ page }) => {
    let [cells, proposals, quotes] = [0, 0, 0];
    for (const theme of dataset.themes) {
      await page.goto(themeHref(lang, "paris-2020", theme.id));
      cells += await page.locator('[id^="cell-"]').count();
      proposals += await page.locator('[id^="proposal-"]').count();
      quotes += await page.locator('[id^="proposal-"] blockquote').count();
    }
    expect(cells).toBe(dataset.cells.length);
    expect(proposals).toBe(dataset.proposals.length);
    expect(quotes).toBe(dataset.proposals.reduce((n, p) => n + p.quotes.length, 0));
    await page.goto(figuresHref(lang, "paris-2020"));
    await expect(page.locator('[id^="figure-"]')).toHaveCount(dataset.figures.length);
    await page.goto(termsHref(lang, "paris-2020"));
    await expect(page.locator('[id^="term-"]')).toHaveCount(dataset.termUsage.length);
  });
}

test("the language switch, the table of contents and the links between pages work without JavaScript", async ({ page }) => {
  await page.goto("/fr/paris-2020");
  await page.getByRole("link", { name: "English version" }).click();
  await expect(page).toHaveURL(/\/en\/paris-2020$/);
  await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "The figures" }).click();
  await expect(page).toHaveURL(/\/en\/paris-2020\/figures$/);
  await page.getByRole("link", { name: "Version française" }).click();
  await expect(page).toHaveURL(/\/fr\/paris-2020\/figures$/);
  await page.getByRole("navigation", { name: "Les pages de l’élection" }).getByRole("link", { name: "Agnès Buzyn" }).click();
  await expect(page).toHaveURL(/\/fr\/paris-2020\/candidates\/buzyn$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agnès Buzyn");
  await page.getByRole("link", { name: "Retour au tableau de bord" }).click();
  await expect(page).toHaveURL(/\/fr\/paris-2020$/);
});

test("without JavaScript a heatmap heading leads to its candidate's page, and a theme's heading to its theme's", async ({ page }) => {
  await page.goto("/fr/paris-2020");
  await page.locator("[data-heatmap]").getByRole("link", { name: "Villani", exact: true }).click();
  await expect(page).toHaveURL(candidateHref("fr", "paris-2020", "villani"));
  await page.goBack();
  const ai = dataset.themes.find((t) => t.id === "ai")!;
  await page.locator("[data-heatmap]").getByRole("link", { name: ai.shortLabel.fr, exact: true }).click();
  await expect(page).toHaveURL(themeHref("fr", "paris-2020", "ai"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ai.label.fr);
});

test("without JavaScript an open cell labels each passage as the article's and names the speaker of each quoted word", async ({ page }) => {
  await page.goto("/fr/paris-2020?cell=hidalgo.platforms");
  const panel = page.locator("#cell-panel");
  await expect(panel.locator("figcaption").first()).toHaveText("L’article\u00a0:");
  await expect(panel.getByText(/^«\u00a0renverser le rapport de force avec les plateformes\u00a0» — Anne Hidalgo$/)).toBeVisible();
  await expect(panel).toContainText("Position d’Anne Hidalgo, selon l’article");
  await expect(panel).not.toContainText("Source\u00a0: Anne Hidalgo");
});

test("without JavaScript a candidate's page labels each passage as the article's and names the speaker of each quoted word", async ({ page }) => {
  await page.goto(candidateHref("fr", "paris-2020", "hidalgo"));
  const cell = page.locator("#cell-hidalgo-platforms");
  await expect(cell.locator("figcaption").first()).toHaveText("L’article\u00a0:");
  await expect(cell.getByText(/^«\u00a0renverser le rapport de force avec les plateformes\u00a0» — Anne Hidalgo$/)).toBeVisible();
  await expect(cell).toContainText("Position d’Anne Hidalgo, selon l’article");
  await expect(page.locator("body")).not.toContainText("Source\u00a0: Anne Hidalgo");
});
