// Keyboard users reach every control, starting with a skip link.
import { expect, type Page, test } from "@playwright/test";
import { candidateHref } from "../lib/routes";

/** Tabs through the page from its top; the keys (`data-k`) of the focusable elements never reached. */
async function unreached(page: Page, skipLink: string): Promise<string[]> {
  const focusable = await page
    .locator("a[href], button, [tabindex='0'], input, select, textarea, summary")
    .evaluateAll((els) => els.filter((el) => el.getAttribute("tabindex") !== "-1" && el.checkVisibility({ visibilityProperty: true })).map((el, i) => ((el as HTMLElement).dataset.k = String(i))));
  const reached = new Set<string>();
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText(skipLink);
  for (let i = 0; i < focusable.length + 5; i++) {
    const key = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.k);
    if (key !== undefined) reached.add(key);
    await page.keyboard.press("Tab");
  }
  return focusable.filter((k) => !reached.has(k));
}

test("Tab reaches every control of /fr, skip link first (heatmap cells: one tab stop, then arrows; its headings: links)", async ({ page }) => {
  await page.goto("/fr/paris-2020");
  // Wait for the site script to make the heatmap's grid a single tab stop.
  await expect(page.locator('[data-heatmap] a[tabindex="0"]')).toHaveCount(1);
  expect(await page.locator("[data-heatmap] a.chart-heading-link").count()).toBeGreaterThan(0);
  expect(await unreached(page, "Aller au contenu")).toEqual([]);
});

test("Tab reaches every link of a candidate's page, skip link first", async ({ page }) => {
  await page.goto(candidateHref("en", "paris-2020", "belliard"));
  await expect(page.locator("button[aria-pressed]")).toBeVisible();
  expect(await unreached(page, "Skip to content")).toEqual([]);
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/en/paris-2020");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("focus is visible on links", async ({ page }) => {
  await page.goto("/en/paris-2020");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const outline = await page.locator(":focus").evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
});
