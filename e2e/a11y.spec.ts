// axe on every route, in light and dark.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { COLOUR_RULES } from "./fixtures";

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

/** What axe finds wrong on the page as it is, one line per rule with its first nodes. */
async function violations(builder: AxeBuilder): Promise<string[]> {
  const results = await builder.analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}

for (const route of ROUTES) {
  test(`axe finds no violation on ${route} (light, then dark)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(route);
    expect(await violations(new AxeBuilder({ page })), "light").toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    // The page did switch: its background is no longer the light one.
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe("rgb(255, 255, 255)");
    expect(await violations(new AxeBuilder({ page }).withRules(COLOUR_RULES)), "dark").toEqual([]);
  });
}

test("axe finds no violation with the dark theme chosen by the toggle", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/fr/paris-2020?cell=hidalgo.platforms");
  await page.getByRole("button", { name: "Thème sombre" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
