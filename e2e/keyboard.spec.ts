// Keyboard users reach every control, starting with a skip link.
import { expect, test } from "@playwright/test";

test("Tab reaches every link and focusable region of /fr, skip link first", async ({ page }) => {
  await page.goto("/fr");
  const focusable = await page.locator("a[href], button, [tabindex='0'], input, select, textarea").evaluateAll((els) =>
    els.filter((el) => !(el as HTMLElement).hidden).map((el, i) => ((el as HTMLElement).dataset.k = String(i))),
  );
  const reached = new Set<string>();
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Aller au contenu");
  for (let i = 0; i < focusable.length + 5; i++) {
    const key = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.k);
    if (key !== undefined) reached.add(key);
    await page.keyboard.press("Tab");
  }
  expect(focusable.filter((k) => !reached.has(k))).toEqual([]);
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("focus is visible on links", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const outline = await page.locator(":focus").evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
});
