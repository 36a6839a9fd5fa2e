// A reader explores the four charts: tooltips, keyboard, the quote panel, filters in the URL.
import { expect, type Page, test } from "@playwright/test";
import { dataset, hydrated } from "./fixtures";

const SLUGS = ["theme-heatmap", "cameras", "rental-caps", "keywords"];
/** A heatmap cell's link, by candidate and theme. */
const cellLink = (page: Page, candidate: string, theme: string) => page.locator(`[data-heatmap] a[data-candidate="${candidate}"][data-theme="${theme}"]`);

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("all four charts and their data tables are in the page", async ({ page }) => {
    await page.goto("/fr/paris-2020");
    for (const slug of SLUGS) {
      const frame = page.locator(`#chart-${slug}`);
      await expect(frame.locator("svg.chart")).toBeVisible();
      await expect(frame.locator("table caption").first()).toBeAttached();
      await expect(frame.locator("table tbody tr").first()).toBeAttached();
    }
    await expect(page.locator("[data-heatmap] a.heatmap-cell")).toHaveCount(dataset.cells.length);
  });

  test("a heatmap cell opens its quotes as a page, and the filter form applies on submit", async ({ page }) => {
    await page.goto("/fr/paris-2020");
    await cellLink(page, "dati", "platforms").click();
    await expect(page).toHaveURL(/cell=dati\.platforms/);
    await expect(page.locator("#cell-panel blockquote").first()).toContainText("Rachida Dati");
    await page.getByRole("checkbox", { name: "Cédric Villani" }).uncheck();
    await page.getByRole("button", { name: "Appliquer" }).click();
    await expect(page.locator('[data-heatmap] a[data-candidate="villani"]')).toHaveCount(0);
    await expect(page.locator('[data-heatmap] a[data-candidate="dati"]')).toHaveCount(dataset.themes.length);
    // The open cell stays open: its candidate is still shown.
    await expect(page).toHaveURL(/cell=dati\.platforms/);
    await expect(page.locator("#cell-panel blockquote").first()).toContainText("Rachida Dati");
  });
});

test("hovering a bar shows what it means", async ({ page }) => {
  await page.goto("/fr/paris-2020");
  await hydrated(page);
  await page.locator("#chart-cameras a.bar").first().hover();
  await expect(page.getByRole("tooltip")).toContainText("×3");
  await page.mouse.move(0, 0);
  await expect(page.getByRole("tooltip")).toHaveCount(0);
});

test("keyboard focus on a mark shows its tooltip too", async ({ page }) => {
  await page.goto("/en/paris-2020");
  await hydrated(page);
  await page.locator("#chart-rental-caps a.bar").first().focus();
  await expect(page.getByRole("tooltip")).toContainText("Anne Hidalgo");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toHaveCount(0);
});

test("the heatmap is one tab stop, and arrow keys reach every cell", async ({ page }) => {
  await page.goto("/fr/paris-2020");
  await hydrated(page);
  const tabbable = page.locator('[data-heatmap] a[tabindex="0"]');
  await expect(tabbable).toHaveCount(1);
  await expect(page.locator('[data-heatmap] a[tabindex="-1"]')).toHaveCount(dataset.cells.length - 1);
  await tabbable.focus();
  const seen = new Set<string>();
  const key = async () => page.evaluate(() => `${(document.activeElement as HTMLElement).dataset.candidate}.${(document.activeElement as HTMLElement).dataset.theme}`);
  for (let row = 0; row < dataset.themes.length; row++) {
    for (let col = 0; col < dataset.candidates.length; col++) {
      seen.add(await key());
      await page.keyboard.press(row % 2 === 0 ? "ArrowRight" : "ArrowLeft");
    }
    await page.keyboard.press("ArrowDown");
  }
  expect(seen.size).toBe(dataset.cells.length);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("[data-heatmap]"))).toBe(false);
});

test("Enter on a cell opens its quotes and attribution; closing returns focus; back undoes", async ({ page }) => {
  await page.goto("/fr/paris-2020");
  await hydrated(page);
  const cell = cellLink(page, "hidalgo", "surveillance");
  await cell.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?cell=hidalgo\.surveillance/);
  const panel = page.locator("#cell-panel");
  await expect(panel).toBeFocused();
  await expect(panel.getByRole("heading")).toContainText("Anne Hidalgo");
  await expect(panel.locator("blockquote").first()).toContainText("Nous y sommes hostiles dans les espaces publics");
  await expect(panel).toContainText("Jean-Louis Missika");
  await panel.getByRole("link", { name: "Fermer" }).click();
  await expect(panel).toHaveCount(0);
  await expect(cellLink(page, "hidalgo", "surveillance")).toBeFocused();
  await page.goBack();
  await expect(page.locator("#cell-panel")).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/fr\/paris-2020$/);
});

test("the heatmap's column and row headings lead to each candidate's and theme's page, by click or by keyboard", async ({ page }) => {
  await page.goto("/fr/paris-2020");
  await hydrated(page);
  const heatmap = page.locator("[data-heatmap]");
  await heatmap.getByRole("link", { name: "Buzyn", exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/paris-2020\/candidates\/buzyn$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agnès Buzyn");
  await page.goBack();
  await hydrated(page);
  const platforms = dataset.themes.find((t) => t.id === "platforms")!;
  await heatmap.getByRole("link", { name: platforms.shortLabel.fr, exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fr\/paris-2020\/themes\/platforms$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(platforms.label.fr);
  await expect(page.locator('[id^="cell-"][id$="-platforms"]')).toHaveCount(dataset.candidates.length);
});

test("each chart panel says where its quotes are: the figures and terms pages, the heatmap's headings", async ({ page }) => {
  await page.goto("/en/paris-2020");
  await expect(page.locator("#chart-cameras .chart-reference a")).toHaveAttribute("href", "/en/paris-2020/figures");
  await expect(page.locator("#chart-rental-caps .chart-reference a")).toHaveAttribute("href", "/en/paris-2020/figures");
  await expect(page.locator("#chart-keywords .chart-reference a")).toHaveAttribute("href", "/en/paris-2020/terms");
  await expect(page.locator("#chart-theme-heatmap .chart-reference")).toContainText("leads to their page");
  await page.locator("#chart-keywords .chart-reference a").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The words used");
});

test("a shared URL reproduces a highlighted, filtered view with an open cell", async ({ page }) => {
  await page.goto("/en/paris-2020?highlight=buzyn&hide=villani,belliard&cell=dati.platforms");
  await expect(page.locator('[data-heatmap] a[data-candidate="villani"], [data-heatmap] a[data-candidate="belliard"]')).toHaveCount(0);
  await expect(page.locator('#chart-cameras [data-candidate="villani"]')).toHaveCount(0);
  await expect(page.locator(".chart-label--highlighted").first()).toHaveText("Buzyn");
  await expect(page.locator("#cell-panel")).toContainText("Rachida Dati");
  await expect(page.getByRole("combobox", { name: "Highlight" })).toHaveValue("buzyn");
  await expect(page.getByRole("checkbox", { name: "Cédric Villani" })).not.toBeChecked();
});

test("filters change the URL at once, and the back button undoes them", async ({ page }) => {
  await page.goto("/fr/paris-2020");
  await hydrated(page);
  await page.getByRole("checkbox", { name: "Danielle Simonnet" }).uncheck();
  await expect(page).toHaveURL(/hide=simonnet/);
  await expect(page.locator('[data-heatmap] a[data-candidate="simonnet"]')).toHaveCount(0);
  await page.getByRole("combobox", { name: "Mettre en avant" }).selectOption("dati");
  await expect(page).toHaveURL(/highlight=dati&hide=simonnet/);
  await expect(page.locator("#chart-cameras .bar-row--highlighted")).toHaveAttribute("data-candidate", "dati");
  await page.goBack();
  await expect(page).toHaveURL(/\?hide=simonnet$/);
  await page.goBack();
  await expect(page.locator('[data-heatmap] a[data-candidate="simonnet"]')).toHaveCount(dataset.themes.length);
});

test("the theme toggle switches to dark, and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/fr/paris-2020");
  await hydrated(page);
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();
  await page.getByRole("button", { name: "Thème sombre" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background()).not.toBe(light);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Thème sombre" })).toHaveAttribute("aria-pressed", "true");
});

test("with reduced motion, the page does not animate scrolling", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/fr/paris-2020");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
});

// When the byte cache cannot answer (a fill failing or slow, too many at once), Next.js renders the
// page itself, with its scripts: React hydrates it, and the site script must neither break that
// (a node React did not render, a <template>: hydration error 418) nor stop working.
test("a page Next.js renders itself hydrates without error, and the site script still changes views, opens and closes a cell, and goes back", async ({ page, context }) => {
  // A draft-mode cookie (any value) keeps the byte cache out of the way (lib/http/cached-routes.ts).
  await context.addCookies([{ name: "__prerender_bypass", value: "guess", domain: "127.0.0.1", path: "/" }]);
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("/fr/paris-2020");
  expect(await page.content()).toContain("__next_f");
  await expect(page.locator('[data-heatmap] a[tabindex="0"]')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector("body *:not(script)") ?? {}).some((k) => k.startsWith("__reactFiber$")))).toBe(true);
  await page.evaluate(() => ((window as unknown as { same: boolean }).same = true));
  await page.getByRole("checkbox", { name: "Danielle Simonnet" }).uncheck();
  await expect(page).toHaveURL(/hide=simonnet/);
  await expect(page.locator('[data-heatmap] a[data-candidate="simonnet"]')).toHaveCount(0);
  await page.locator('[data-heatmap] a.heatmap-cell[data-candidate="hidalgo"][data-theme="surveillance"]').click();
  await expect(page.locator("#cell-panel")).toBeFocused();
  await page.locator("#cell-panel").getByRole("link", { name: "Fermer" }).click();
  await expect(page.locator("#cell-panel")).toHaveCount(0);
  await page.goBack();
  await expect(page.locator("#cell-panel")).toBeVisible();
  await page.goBack();
  await expect(page.locator('[data-heatmap] a[data-candidate="simonnet"]')).toHaveCount(0);
  await page.goBack();
  await expect(page.locator('[data-heatmap] a[data-candidate="simonnet"]').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { same?: boolean }).same)).toBe(true);
  expect(errors).toEqual([]);
});

test("changing the view keeps what the reader had open and focused: a chart's data table, the Reset link", async ({ page }) => {
  await page.goto("/fr/paris-2020");
  await hydrated(page);
  const table = page.locator("#chart-cameras details").first();
  await table.locator("summary").click();
  await expect(table).toHaveAttribute("open", "");
  await page.getByRole("checkbox", { name: "Danielle Simonnet" }).uncheck();
  await expect(page).toHaveURL(/hide=simonnet/);
  await expect(page.locator('#chart-cameras [data-candidate="simonnet"]')).toHaveCount(0);
  await expect(page.locator("#chart-cameras details").first()).toHaveAttribute("open", "");
  const reset = page.getByRole("link", { name: "Tout réafficher" });
  await reset.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fr\/paris-2020#charts$/);
  await expect(page.locator('#chart-cameras [data-candidate="simonnet"]')).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Tout réafficher" })).toBeFocused();
});

test("back then forward before the first view has arrived shows the view the URL names", async ({ page }) => {
  await page.goto("/fr/paris-2020");
  await hydrated(page);
  await page.getByRole("combobox", { name: "Mettre en avant" }).selectOption("dati");
  await expect(page.locator("#chart-cameras .bar-row--highlighted")).toHaveAttribute("data-candidate", "dati");
  // The default view's page answers slowly: the reader goes forward again before it arrives.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/fr\/paris-2020$/, async (route) => {
    if (route.request().resourceType() !== "fetch") return route.continue();
    await held;
    await route.continue();
  });
  const asked = page.waitForRequest((r) => r.resourceType() === "fetch" && /\/fr\/paris-2020$/.test(r.url()));
  await page.evaluate(() => history.back());
  await asked;
  await page.evaluate(() => history.forward());
  await expect(page).toHaveURL(/highlight=dati/);
  const answered = page.waitForResponse((r) => r.request().resourceType() === "fetch" && /\/fr\/paris-2020$/.test(r.url()));
  release();
  await answered;
  // Long enough for a late answer to have been put in the page, had it been.
  await page.waitForTimeout(300);
  await expect(page.locator("#chart-cameras .bar-row--highlighted")).toHaveAttribute("data-candidate", "dati");
});
