// The tools a presenter asks for: the overview grid (`O`) on either window, the notes window's
// elapsed timer and pacing bar (`?duration=`), and the data status told in the notes only.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

// A loaded test machine runs axe and the timers' seconds slowly: room to finish, never a speed test.
test.describe.configure({ timeout: 90_000 });

async function open(page: Page, query: string, lang = "fr") {
  await page.goto(`/${lang}/paris-2020/present${query}`);
  await expect(page.locator("[data-ready]")).toHaveCount(1);
}
const slideShown = (page: Page) => page.locator("main.stage");
const grid = (page: Page) => page.getByRole("dialog", { name: "Vue d’ensemble des diapositives" });
/** The tile that has the keyboard focus: its 1-based slide number. */
const focusedTile = (page: Page) => page.evaluate(() => document.activeElement?.querySelector(".overview-number")?.textContent);
/** The deck's length, as the notes window's header says it. */
async function deckLength(notes: Page): Promise<number> {
  const text = await notes
    .locator(".notes-header")
    .getByText(/^Diapositive \d+ sur \d+$/)
    .textContent();
  return Number(/sur (\d+)/.exec(text ?? "")![1]);
}
const axe = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);

test("O opens the overview on the current slide; arrows and Enter go to a slide and the URL follows", async ({ page }) => {
  await open(page, "?slide=3");
  await page.keyboard.press("o");
  await expect(grid(page)).toBeVisible();
  // The current slide is marked in words and for screen readers, not by colour alone.
  const current = grid(page).locator('[aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText("En cours");
  await expect(current).toHaveAccessibleName(/^Diapositive 3 sur \d+\u00a0: .+ \(en cours\)$/);
  expect(await focusedTile(page)).toBe("3");

  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowDown");
  expect(await focusedTile(page)).toBe("9");
  // The arrows move within the grid, never the slide behind it.
  await expect(slideShown(page)).toHaveAttribute("data-slide", "3");
  await page.keyboard.press("Enter");
  await expect(grid(page)).toHaveCount(0);
  await expect(slideShown(page)).toHaveAttribute("data-slide", "9");
  await expect(page).toHaveURL(/slide=9$/);
  // The stage's keys work again once the grid is closed.
  await page.keyboard.press("ArrowRight");
  await expect(slideShown(page)).toHaveAttribute("data-slide", "10");
});

test("the overview's button opens it; Tab stays inside; Escape closes it, moves nothing and gives focus back", async ({ page }) => {
  await open(page, "?slide=4");
  const button = page.getByRole("button", { name: "Vue d’ensemble", exact: true });
  // The stage shows its button only while a mouse is in use.
  await page.mouse.move(120, 120, { steps: 4 });
  await button.click();
  await expect(grid(page)).toBeVisible();
  await page.keyboard.press("End");
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("dialog.overview"))).toBe(true);
  }
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("dialog.overview"))).toBe(true);
  // Focus goes back to the button, which the mouse keeps shown.
  await page.mouse.move(140, 140, { steps: 4 });
  await page.keyboard.press("Escape");
  await expect(grid(page)).toHaveCount(0);
  await expect(slideShown(page)).toHaveAttribute("data-slide", "4");
  await expect(button).toBeFocused();
  // Listed in the help, with the notes timer's keys.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Commandes" });
  await expect(help).toContainText("Vue d’ensemble");
  await expect(help).toContainText("Chronomètre");
});

test("the overview opened in the notes window moves the stage", async ({ context }) => {
  const audience = await context.newPage();
  const notes = await context.newPage();
  await open(audience, "?slide=2");
  await open(notes, "?slide=2&view=notes");
  await notes.bringToFront();
  await notes.keyboard.press("O");
  await expect(grid(notes)).toBeVisible();
  await notes.keyboard.press("Home");
  for (let i = 0; i < 4; i++) await notes.keyboard.press("ArrowRight");
  await notes.keyboard.press("Enter");
  await expect(notes.locator(".notes-current .stage")).toHaveAttribute("data-slide", "5");
  await expect(slideShown(audience)).toHaveAttribute("data-slide", "5");
  // The stage never showed the grid: it was the notes window's.
  await expect(grid(audience)).toHaveCount(0);
});

test("axe finds no violation on the open overview, in French and English, and it does not animate under reduced motion", async ({ page }) => {
  await open(page, "?slide=6");
  await page.keyboard.press("o");
  await expect(grid(page)).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await open(page, "?slide=6", "en");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.keyboard.press("o");
  const english = page.getByRole("dialog", { name: "Overview of the slides" });
  await expect(english).toBeVisible();
  await expect(english.locator('[aria-current="true"]')).toContainText("Current");
  expect(await english.evaluate((el) => getComputedStyle(el).animationName)).toBe("none");
  expect(await axe(page)).toEqual([]);
});

test("the notes timer runs, pauses and resets by key and button, and survives a reload of the notes window", async ({ page }) => {
  await open(page, "?slide=2&view=notes");
  const elapsed = page.locator(".notes-timer time");
  const seconds = async () => Number(await elapsed.getAttribute("data-elapsed"));
  await expect.poll(seconds, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);

  await page.keyboard.press("t");
  await expect(page.getByRole("button", { name: "Démarrer" })).toBeVisible();
  await expect(page.locator(".notes-timer")).toContainText("(en pause)");
  const paused = await elapsed.textContent();
  await page.waitForTimeout(1500);
  await expect(elapsed).toHaveText(paused!);

  await page.keyboard.press("r");
  await expect(elapsed).toHaveText("00:00");
  await page.getByRole("button", { name: "Démarrer" }).click();
  await expect.poll(seconds, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);

  // A reload carries on from where the timer was, not from zero.
  const before = await seconds();
  await page.reload();
  await expect(page.locator("[data-ready]")).toHaveCount(1);
  await expect.poll(seconds, { timeout: 15_000 }).toBeGreaterThanOrEqual(before);
  await page.getByRole("button", { name: "Pause" }).click();
  const kept = await elapsed.textContent();
  await page.reload();
  await expect(page.locator("[data-ready]")).toHaveCount(1);
  await expect(page.locator(".notes-timer")).toContainText("(en pause)");
  await expect(elapsed).toHaveText(kept!);
  await page.getByRole("button", { name: "Remettre à zéro" }).click();
  await expect(elapsed).toHaveText("00:00");
});

test("?duration=20 shows the pacing bar and says where the presenter should be", async ({ page }) => {
  await page.clock.install();
  await open(page, "?slide=1&view=notes&duration=20");
  const pace = page.getByRole("region", { name: "Rythme" });
  await expect(pace.locator(".pace-track")).toBeVisible();
  await expect(pace).toContainText("Prévu\u00a0: diapositive 1\u00a0; en cours\u00a0: 1 — Dans les temps");
  await expect(pace).toContainText("sur 20\u00a0min prévues");
  const total = await deckLength(page);

  // Halfway through the time, still on slide 1: behind by half the deck.
  await page.clock.fastForward("10:00");
  const expected = Math.floor(total / 2) + 1;
  await expect(pace).toContainText(`Prévu\u00a0: diapositive ${expected}\u00a0; en cours\u00a0: 1 — ${expected - 1} diapositives de retard`);
  const bar = await pace.evaluate((el) => {
    const track = el.querySelector(".pace-track")!.getBoundingClientRect();
    const time = el.querySelector(".pace-time")!.getBoundingClientRect();
    return (time.left + time.width / 2 - track.left) / track.width;
  });
  expect(bar).toBeCloseTo(0.5, 1);

  // Moving on shows it at once; past the planned length, it says by how much.
  await page.keyboard.press("End");
  await expect(pace).toContainText(`en cours\u00a0: ${total} — ${total - expected} diapositives d’avance`);
  await page.clock.fastForward("11:00");
  await expect(pace).toContainText(/Dans les temps · Temps dépassé de \d+\u00a0min/);
});

for (const bad of ["abc", "0", "-5", "1e9", "20min", "%3Cb%3Ezzqx%3C%2Fb%3E"]) {
  test(`an invalid ?duration=${bad} is ignored and never shown`, async ({ page }) => {
    await open(page, `?slide=1&view=notes&duration=${bad}`);
    await expect(page.locator(".notes-timer")).toBeVisible();
    await expect(page.locator(".notes-pace")).toHaveCount(0);
    // What the reader sees: textContent would also read Next.js's payload scripts, which carry the URL.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here.
    const shown = await page.locator("body").innerText();
    expect(shown).not.toContain("Rythme");
    // A value that could be mistaken for page text is never echoed, as words or as markup.
    if (bad.length > 3) expect(shown).not.toContain(decodeURIComponent(bad).replace(/<\/?b>/g, ""));
    await expect(page.locator("b", { hasText: "zzqx" })).toHaveCount(0);
  });
}

test("the data status is in the notes window and nowhere on the stage; axe finds no violation in the notes with their tools", async ({ page, context }) => {
  const statusWords = /État des données|Version \d|vérifié à|Correction refusée/;
  await open(page, "?slide=1&view=notes&duration=20");
  await expect(page.getByRole("region", { name: "Rythme" })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  const status = page.getByRole("region", { name: "État des données" });
  await expect(status).toContainText(/Version \d+ \(/);
  await expect(status).toContainText(/Fichier vérifié à \d\d:\d\d:\d\d/);
  const stage = await context.newPage();
  for (const n of [1, 2, 9]) {
    await open(stage, `?slide=${n}`);
    await expect(stage.locator("body")).not.toContainText(statusWords);
  }
  await stage.keyboard.press("o");
  await expect(grid(stage)).toBeVisible();
  await expect(stage.locator("body")).not.toContainText(statusWords);
});

for (const [width, height, minText] of [
  [1280, 720, 16],
  [3840, 2160, 30],
] as const) {
  test(`the notes window at ${width}×${height}: text of ${minText} px or more, nothing wider than the screen, header and current slide on the first screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await open(page, "?slide=3&view=notes&duration=20");
    const m = await page.evaluate(() => {
      const notes = document.querySelector(".present-notes")!;
      const size = (sel: string) => Number.parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
      return {
        // The smallest of the notes' own words: the talking points, the status line, the pacing's words.
        text: Math.min(size(".notes-points"), size(".notes-status p"), size(".pace-text")),
        overflowX: notes.scrollWidth - notes.clientWidth,
        stageBottom: document.querySelector(".present-notes .stage")!.getBoundingClientRect().bottom,
      };
    });
    // A 4K notes screen is read from the same distance as a 1080p one: its text grows with it.
    expect(m.text).toBeGreaterThanOrEqual(minText);
    expect(m.overflowX).toBeLessThanOrEqual(0);
    expect(m.stageBottom).toBeLessThanOrEqual(height);
  });
}
