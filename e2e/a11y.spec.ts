// axe on every route, in light and dark.
import { expect, test } from "@playwright/test";
import { axeViolations, expectNoAxeViolationInBothSchemes } from "./fixtures";

// The reference pages are long (every proposal of a candidate or a theme with its passages and
// speakers): axe needs more than the default 30 s on them when two workers share two cores.
test.describe.configure({ timeout: 120_000 });

const ROUTES = [
  "/fr/paris-2020",
  "/en/paris-2020",
  "/en/paris-2020?highlight=buzyn&hide=villani&cell=dati.surveillance",
  "/fr/paris-2020?cell=hidalgo.platforms",
  "/en/paris-2020?cell=buzyn.surveillance",
  "/fr/paris-2020/corrections",
  "/en/paris-2020/corrections",
  // Each kind of reference page, in both languages.
  "/fr/paris-2020/candidates/hidalgo",
  "/en/paris-2020/candidates/buzyn",
  "/fr/paris-2020/themes/surveillance",
  "/en/paris-2020/themes/own-projects",
  "/fr/paris-2020/figures",
  "/en/paris-2020/figures",
  "/fr/paris-2020/terms",
  "/en/paris-2020/terms",
  "/does-not-exist",
];

for (const route of ROUTES) {
  test(`axe finds no violation on ${route} (light, then dark)`, async ({ page }) => {
    await expectNoAxeViolationInBothSchemes(page, route);
  });
}

test("axe finds no violation with the dark theme chosen by the toggle", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/fr/paris-2020?cell=hidalgo.platforms");
  await page.getByRole("button", { name: "Thème sombre" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await axeViolations(page)).toEqual([]);
});
