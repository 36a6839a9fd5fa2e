// With JavaScript disabled the page is complete: it is server-rendered HTML, not an app shell.
import { expect, test } from "@playwright/test";
import { dataset, LANGS } from "./fixtures";

test.use({ javaScriptEnabled: false });

for (const lang of LANGS) {
  test(`/${lang} without JavaScript shows every cell, proposal, figure and term fact`, async ({ page }) => {
    await page.goto(`/${lang}`);
    await expect(page.locator('[id^="cell-"]')).toHaveCount(dataset.cells.length);
    await expect(page.locator('[id^="proposal-"]')).toHaveCount(dataset.proposals.length);
    await expect(page.locator('[id^="figure-"]')).toHaveCount(dataset.figures.length);
    await expect(page.locator('[id^="term-"]')).toHaveCount(dataset.termUsage.length);
    const quotes = dataset.proposals.reduce((n, p) => n + p.quotes.length, 0);
    await expect(page.locator('[id^="proposal-"] blockquote')).toHaveCount(quotes);
  });
}

test("the language switch and the table of contents work without JavaScript", async ({ page }) => {
  await page.goto("/fr");
  await page.getByRole("link", { name: "English version" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "The figures" }).click();
  await expect(page).toHaveURL(/#figures$/);
});
