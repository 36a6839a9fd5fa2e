// With JavaScript disabled the page is complete: it is server-rendered HTML, not an app shell.
import { expect, test } from "@playwright/test";
import { dataset, LANGS } from "./fixtures";

test.use({ javaScriptEnabled: false });

for (const lang of LANGS) {
  test(`/${lang} without JavaScript shows every cell, proposal, figure and term fact`, async ({ page }) => {
    await page.goto(`/${lang}/paris-2020`);
    await expect(page.locator('[id^="cell-"]')).toHaveCount(dataset.cells.length);
    await expect(page.locator('[id^="proposal-"]')).toHaveCount(dataset.proposals.length);
    await expect(page.locator('[id^="figure-"]')).toHaveCount(dataset.figures.length);
    await expect(page.locator('[id^="term-"]')).toHaveCount(dataset.termUsage.length);
    const quotes = dataset.proposals.reduce((n, p) => n + p.quotes.length, 0);
    await expect(page.locator('[id^="proposal-"] blockquote')).toHaveCount(quotes);
  });
}

test("the language switch and the table of contents work without JavaScript", async ({ page }) => {
  await page.goto("/fr/paris-2020");
  await page.getByRole("link", { name: "English version" }).click();
  await expect(page).toHaveURL(/\/en\/paris-2020$/);
  await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "The figures" }).click();
  await expect(page).toHaveURL(/#figures$/);
});

test("without JavaScript an open cell labels each passage as the article's and names the speaker of each quoted word", async ({ page }) => {
  await page.goto("/fr/paris-2020?cell=hidalgo.platforms");
  const panel = page.locator("#cell-panel");
  await expect(panel.locator("figcaption").first()).toHaveText("L’article\u00a0:");
  await expect(panel.getByText(/^«\u00a0renverser le rapport de force avec les plateformes\u00a0» — Anne Hidalgo$/)).toBeVisible();
  await expect(panel).toContainText("Position d’Anne Hidalgo, selon l’article");
  await expect(panel).not.toContainText("Source\u00a0: Anne Hidalgo");
});
