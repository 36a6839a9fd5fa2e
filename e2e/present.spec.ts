// A presenter runs the sequence on election night: keys and clicker, URL, notes window, any
// screen size, and live data that may fail without ever blanking the screen.

import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { startProductionServer } from "../lib/cli/serve.mjs";
import { datasetHref } from "../lib/routes";
import { dataset } from "./fixtures";

/** The presenter's live data (Paris, the election of /fr/present). */
const LIVE_DATA = datasetHref("paris-2020");

/** The chart slides after the heatmap's builds: cameras, rental caps, and the keywords in two parts (the article's findings, then the derived counts). */
const OTHER_CHART_SLIDES = 4;
const TOTAL = 1 + dataset.themes.length + OTHER_CHART_SLIDES + dataset.candidates.length + 1;
const CAMERAS_SLIDE = 1 + dataset.themes.length + 1;

async function open(page: Page, query: string) {
  await page.goto(`/fr/paris-2020/present${query}`);
  await expect(page.locator("[data-ready]")).toHaveCount(1);
}
const slideShown = (page: Page) => page.locator("main.stage");

test("every presenter key does what the help says, and the URL follows", async ({ page }) => {
  await open(page, "?slide=1");
  const steps: [string, number][] = [
    ["ArrowRight", 2],
    ["ArrowDown", 3],
    ["PageDown", 4],
    [" ", 5],
    ["n", 6],
    ["ArrowLeft", 5],
    ["ArrowUp", 4],
    ["PageUp", 3],
    ["p", 2],
    ["End", TOTAL],
    ["Home", 1],
  ];
  for (const [key, expected] of steps) {
    await page.keyboard.press(key === " " ? "Space" : key);
    await expect(slideShown(page), key).toHaveAttribute("data-slide", String(expected));
    await expect(page).toHaveURL(new RegExp(`slide=${expected}$`));
  }
  await page.keyboard.press("1");
  await page.keyboard.press("2");
  await expect(page.locator(".jump-indicator")).toContainText("12");
  await page.keyboard.press("Enter");
  await expect(slideShown(page)).toHaveAttribute("data-slide", "12");

  await page.keyboard.press("b");
  await expect(page.locator('[data-blank="black"]')).toBeVisible();
  await page.keyboard.press("b");
  await expect(page.locator("[data-blank]")).toHaveCount(0);
  await page.keyboard.press("w");
  await expect(page.locator('[data-blank="white"]')).toBeVisible();
  await page.keyboard.press("w");
  await expect(page.locator("[data-blank]")).toHaveCount(0);

  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Commandes" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
  // Tab is not trapped: focus can leave the stage.
  await page.keyboard.press("Tab");
  await expect(slideShown(page)).toHaveAttribute("data-slide", "12");
});

test("a reload keeps the slide, the back button steps back, a swipe moves on", async ({ page }) => {
  await open(page, "?slide=4");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/slide=6$/);
  await page.reload();
  await expect(slideShown(page)).toHaveAttribute("data-slide", "6");
  await expect(page.locator("[data-ready]")).toHaveCount(1);
  await page.goBack();
  await expect(slideShown(page)).toHaveAttribute("data-slide", "5");
  await page.goBack();
  await expect(slideShown(page)).toHaveAttribute("data-slide", "4");
  await page.dispatchEvent("main.stage", "pointerdown", { pointerType: "touch", clientX: 600, clientY: 300, bubbles: true });
  await page.dispatchEvent("main.stage", "pointerup", { pointerType: "touch", clientX: 300, clientY: 300, bubbles: true });
  await expect(slideShown(page)).toHaveAttribute("data-slide", "5");
});

test("the notes window and the audience window follow each other, either driving", async ({ context }) => {
  const audience = await context.newPage();
  const notes = await context.newPage();
  await open(audience, "?slide=3");
  await open(notes, "?slide=3&view=notes");
  await expect(notes.locator(".notes-points li").first()).toBeVisible();
  await audience.bringToFront();
  await audience.keyboard.press("ArrowRight");
  await expect(notes.locator(".notes-current .stage")).toHaveAttribute("data-slide", "4");
  await notes.bringToFront();
  await notes.keyboard.press("ArrowRight");
  await notes.keyboard.press("ArrowRight");
  await expect(slideShown(audience)).toHaveAttribute("data-slide", "6");
  await expect(notes.getByText(/^Heure/)).toBeVisible();
  await expect(notes.getByText(/^Écoulé/)).toBeVisible();
});

test.describe("live data", () => {
  const original = readFileSync(path.join(process.cwd(), "data", "elections", "paris-2020.json"), "utf8");
  const corrected = original.replace('"fig-cameras-buzyn"', '"fig-cameras-buzyn"').replace(/("id": "fig-cameras-buzyn",[\s\S]*?"value": )4/, "$15");

  test("a correction appears on the current slide; failures keep it on screen with a notice; recovery clears it", async ({ page }) => {
    let mode: "corrected" | "error" | "timeout" | "invalid" = "corrected";
    await page.route(`**${LIVE_DATA}`, async (route) => {
      if (mode === "corrected") return route.fulfill({ status: 200, contentType: "application/json", body: corrected });
      if (mode === "error") return route.fulfill({ status: 500, body: "boom" });
      if (mode === "invalid") return route.fulfill({ status: 200, contentType: "application/json", body: '{"schemaVersion": 1, "candidates": "oops"' });
      await new Promise((r) => setTimeout(r, 4000));
      return route.fulfill({ status: 200, contentType: "application/json", body: corrected }).catch(() => {});
    });
    await open(page, `?slide=${CAMERAS_SLIDE}&refresh=1`);
    const chart = page.locator("main.stage svg.chart");
    await expect(chart).toContainText("×4");
    await expect(chart).toContainText("×5", { timeout: 5000 });
    await expect(page).toHaveURL(new RegExp(`slide=${CAMERAS_SLIDE}&refresh=1$`));
    await expect(page.getByRole("status")).toHaveCount(0);

    for (const failure of ["error", "timeout", "invalid"] as const) {
      mode = failure;
      await expect(page.getByRole("status"), failure).toContainText("Non mis à jour depuis", { timeout: 8000 });
      await expect(chart, failure).toContainText("×5");
      await expect(slideShown(page)).toHaveAttribute("data-slide", String(CAMERAS_SLIDE));
      mode = "corrected";
      await expect(page.getByRole("status"), `recovery after ${failure}`).toHaveCount(0, { timeout: 8000 });
    }
  });
});

test("the cursor hides after a few idle seconds and comes back when the mouse moves", async ({ page }) => {
  await open(page, "?slide=2");
  // Hidden from the start: a presenter who never touches the mouse shows none.
  await expect(page.locator(".present")).toHaveClass(/cursor-hidden/);
  // A real mouse moves in steps: a lone event without movement is the browser's, not the presenter's.
  await page.mouse.move(200, 200, { steps: 4 });
  await expect(page.locator(".present")).not.toHaveClass(/cursor-hidden/);
  await expect(page.locator(".present")).toHaveClass(/cursor-hidden/, { timeout: 6000 });
  await page.mouse.move(300, 300);
  await expect(page.locator(".present")).not.toHaveClass(/cursor-hidden/);
});

test("slide changes cut without a fade, with or without prefers-reduced-motion", async ({ page }) => {
  const animation = () => page.locator(".slide-frame").evaluate((el) => getComputedStyle(el).animationName);
  await open(page, "?slide=2");
  await page.keyboard.press("ArrowRight");
  expect(await animation()).toBe("none");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.keyboard.press("ArrowRight");
  expect(await animation()).toBe("none");
});

test("the Hidalgo spotlight shows her own words with her name, not the journalist's sentence", async ({ page }) => {
  const n = 1 + dataset.themes.length + OTHER_CHART_SLIDES + dataset.candidates.findIndex((c) => c.id === "hidalgo") + 1;
  await open(page, `?slide=${n}`);
  const quote = page.locator("main.stage .slide-quote");
  await expect(quote.locator("blockquote")).toHaveText("«\u00a0renverser le rapport de force avec les plateformes\u00a0»");
  await expect(quote.locator("figcaption")).toHaveText("— Anne Hidalgo");
  await expect(quote).not.toContainText("en a fait sa principale proposition");
});

test("the title slide says a round announced by the article is as announced", async ({ page }) => {
  await open(page, "?slide=1");
  const second = dataset.election.rounds.find((r) => r.number === 2)!;
  await expect(page.locator("main.stage .slide-meta")).toContainText(second.asAnnounced ? "second tour annoncé par l’article pour le 22 mars 2020" : "second tour le 22 mars 2020");
});

test("the notes window labels narration as the article's and speech with its speaker", async ({ page }) => {
  const n = 1 + dataset.themes.length + OTHER_CHART_SLIDES + dataset.candidates.findIndex((c) => c.id === "buzyn") + 1;
  await open(page, `?slide=${n}&view=notes`);
  const points = page.locator(".notes-points");
  await expect(points.locator(".notes-source").first()).toHaveText(/^L’article/);
  await expect(points).toContainText("Paul Midy, directeur de campagne d’Agnès Buzyn");
  await expect(points).toContainText("Position d’Agnès Buzyn");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});

test("axe finds no violation on a light-theme slide", async ({ page }) => {
  await open(page, "?slide=13&theme=light");
  expect(await page.evaluate(() => getComputedStyle(document.querySelector("main.stage")!).backgroundColor)).toBe("rgb(255, 255, 255)");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});

test("axe finds no violation on a chart slide and on the notes view", async ({ page }) => {
  await open(page, "?slide=8");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await open(page, "?slide=13&view=notes");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});

// Corrections on election night, on a server of our own reading its own copy of the dataset
// (DATASET_FILE), so the other specs never see them.
test.describe("corrections", () => {
  test.describe.configure({ mode: "serial" });
  const PORT = Number(process.env.PRESENT_SPEC_PORT ?? 3293);
  const dir = mkdtempSync(path.join(tmpdir(), "present-corrections-"));
  const file = path.join(dir, "dataset.json");
  const bundled = path.join(process.cwd(), "data", "elections", "paris-2020.json");
  const data = JSON.parse(readFileSync(bundled, "utf8"));
  const figure = data.figures.findIndex((f: { measure: string; value: { kind: string } }) => f.measure === "cctv-cameras" && f.value.kind === "single");
  const before: number = data.figures[figure].value.value;
  const owner: string = data.figures[figure].subject.candidate;
  const SPOTLIGHT = 1 + dataset.themes.length + OTHER_CHART_SLIDES + dataset.candidates.findIndex((c) => c.id === owner) + 1;
  const REASON = "Chiffre mal recopié de l’article.";
  let server: { base: string; stop: () => void };
  let correctedFile = "";

  test.beforeAll(async () => {
    copyFileSync(bundled, file);
    server = await startProductionServer(PORT, { DATASET_FILE: file });
  });
  test.afterAll(() => server?.stop());

  /** Logs a correction of the camera figure on the server's file, as editors do (data:correct). */
  function correctCameraFigure() {
    const edited = JSON.parse(readFileSync(file, "utf8"));
    edited.figures[figure].value.value = before + 1;
    const editedFile = path.join(dir, "edited.json");
    writeFileSync(editedFile, JSON.stringify(edited));
    const args = ["lib/cli/data-correct.ts", editedFile, "--file", file, "--reason-fr", REASON, "--reason-en", "Figure miscopied from the article.", "--date", "2026-11-30T20:04:00Z"];
    execFileSync(path.join("node_modules", ".bin", "tsx"), args, { stdio: "pipe" });
    correctedFile = readFileSync(file, "utf8");
  }

  async function openOn(page: Page, query: string) {
    await page.goto(`${server.base}/fr/paris-2020/present${query}`);
    await expect(page.locator("[data-ready]")).toHaveCount(1);
  }
  const mark = (page: Page) => page.locator("main.stage .slide-corrected");
  const statusWords = /État des données|Version \d|vérifié à|Correction refusée/;

  test("a live correction marks the slides it changes, and the notes window says what changed", async ({ context }) => {
    const audience = await context.newPage();
    const notes = await context.newPage();
    await openOn(audience, `?slide=${CAMERAS_SLIDE}&refresh=1`);
    await openOn(notes, `?slide=${CAMERAS_SLIDE}&view=notes&refresh=1`);
    // The bundled file's own corrections may already mark this slide; this one is not told yet.
    const toldHere = (page: Page) => page.locator(".notes-corrections > ul > li", { hasText: REASON });
    await expect(toldHere(notes)).toHaveCount(0);

    correctCameraFigure();
    await expect(mark(audience)).toHaveText("Corrigé", { timeout: 8000 });
    await expect(audience.locator("main.stage svg.chart")).toContainText(`×${before + 1}`);
    const log = audience.locator("main.stage .slide-source").getByRole("link", { name: "Corrigé le 30 novembre 2026" });
    // As on the dashboard: the last correction's entry in the log.
    await expect(log).toHaveAttribute("href", `/fr/paris-2020/corrections#correction-${data.corrections.length + 1}`);
    await expect(slideShown(audience)).toHaveAttribute("data-slide", String(CAMERAS_SLIDE));

    const told = notes.locator(".notes-corrections");
    await expect(told).toContainText("Correction du 30 novembre 2026", { timeout: 8000 });
    await expect(told).toContainText(REASON);
    await expect(told).toContainText(`×${before} → ×${before + 1}`);
    // In the public log's words, worked out on the server: no raw path or JSON.
    await expect(told).not.toContainText(/value\.value|[{}]/);
    await expect(notes.locator(".notes-current .slide-corrected")).toBeVisible();
    await expect(notes.locator(".notes-status")).toContainText(`Version ${data.corrections.length + 2} (`);
    expect((await new AxeBuilder({ page: notes }).analyze()).violations.map((v) => v.id)).toEqual([]);

    // The heatmap and the figure's owner's spotlight do not show the figure: nothing to say of it
    // (they may carry the mark of the bundled file's own corrections).
    for (const unaffected of [2, SPOTLIGHT]) {
      await audience.bringToFront();
      await audience.keyboard.press("Home");
      for (const digit of String(unaffected)) await audience.keyboard.press(digit);
      await audience.keyboard.press("Enter");
      await expect(slideShown(audience)).toHaveAttribute("data-slide", String(unaffected));
      await expect(notes.locator(".notes-current .stage")).toHaveAttribute("data-slide", String(unaffected));
      await expect(toldHere(notes), `notes of slide ${unaffected}`).toHaveCount(0);
    }
    await expect(audience.locator("body")).not.toContainText(statusWords);
  });

  for (const [theme, size] of [
    ["dark", [1920, 1080]],
    ["light", [1280, 720]],
  ] as const) {
    test(`the mark is legible and inside the safe area on the ${theme} stage, and axe finds no violation`, async ({ page }) => {
      test.skip(!correctedFile, "needs the correction of the previous test");
      await page.setViewportSize({ width: size[0], height: size[1] });
      await openOn(page, `?slide=${CAMERAS_SLIDE}&theme=${theme}`);
      const box = await mark(page).evaluate((el) => {
        const stage = el.closest(".stage")!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        const words = document.createRange();
        words.selectNodeContents(el.parentElement!.querySelector(".slide h2")!);
        const title = words.getBoundingClientRect();
        return {
          safe: r.top >= stage.top + stage.height * 0.05 - 0.5 && r.right <= stage.right - stage.width * 0.05 + 0.5,
          fontShare: parseFloat(getComputedStyle(el).fontSize) / stage.height,
          overlapsTitle: !(r.left >= title.right || r.top >= title.bottom || r.bottom <= title.top),
        };
      });
      expect(box.safe).toBe(true);
      expect(box.fontShare).toBeGreaterThanOrEqual(0.022);
      expect(box.overlapsTitle).toBe(false);
      expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    });
  }

  test("a refused correction is told in the notes window only, never on the audience screen", async ({ page, context, request }) => {
    test.skip(!correctedFile, "needs the correction of the first test");
    const notes = await context.newPage();
    await openOn(notes, `?slide=1&view=notes&refresh=1`);
    await openOn(page, `?slide=1&refresh=1`);
    writeFileSync(file, correctedFile.replace('"candidates"', '"candidats"'));
    await expect(notes.locator(".notes-refused")).toHaveText(/^Correction refusée à \d\d:\d\d\u00a0: \S+: .+/, { timeout: 8000 });
    const status = await (await request.get(`${server.base}/api/elections/paris-2020/dataset/status`)).json();
    expect(status.refused.problems.length).toBeGreaterThan(0);
    await expect(notes.locator(".notes-refused")).toContainText(status.refused.problems[0]);
    // Two refreshes of the audience's data since the refusal: it has had its chance to show it.
    for (let i = 0; i < 2; i++) await page.waitForResponse((r) => r.url().endsWith(LIVE_DATA));
    await expect(page.locator("body")).not.toContainText(statusWords);
    await page.reload();
    await expect(page.locator("[data-ready]")).toHaveCount(1);
    await expect(page.locator("body")).not.toContainText(statusWords);
    expect(await (await request.get(`${server.base}/fr/paris-2020/present?slide=1`)).text()).not.toContain(status.refused.problems[0]);
    writeFileSync(file, correctedFile);
    await expect(notes.locator(".notes-refused")).toHaveCount(0, { timeout: 8000 });
  });
});
