// What the audience sees of the presenter's own furniture on the stage: the "not updated since"
// notice sits inside EBU R 95's safe area at TV text size without covering the slide, at 720p,
// 1080p and 4K; the Overview button shows only while a mouse is in use, never on load.

import { expect, type Page, test } from "@playwright/test";
import { datasetHref } from "../lib/routes";

const LIVE_DATA = datasetHref("paris-2020");
/** EBU R 95: graphics stay this share of the width (and of the height) in from each edge. */
const SAFE_MARGIN = 0.05;
/** The smallest text, as a share of the stage's height (24 px at 1080p). */
const MIN_TEXT = 0.022;
/** useIdleCursor's delay, and a little more. */
const IDLE_MS = 3100;

interface NoticeMeasure {
  /** The notice's box, in px from the stage's top left corner. */
  box: { left: number; top: number; right: number; bottom: number };
  safe: { left: number; top: number; right: number; bottom: number };
  fontPx: number;
  stageHeight: number;
  /** What on the slide (text, chart marks, slide number) the notice's box overlaps. */
  covers: string[];
}

/** Measures the stale notice against the stage and the slide under it (runs in the browser). */
function measureNotice(margin: number): NoticeMeasure {
  const stage = document.querySelector("main.stage")!.getBoundingClientRect();
  const notice = document.querySelector(".stale-notice")!;
  const n = notice.getBoundingClientRect();
  const rel = (r: DOMRect) => ({ left: r.left - stage.left, top: r.top - stage.top, right: r.right - stage.left, bottom: r.bottom - stage.top });
  const overlaps = (r: DOMRect) => r.width > 0 && r.height > 0 && r.left < n.right && r.right > n.left && r.top < n.bottom && r.bottom > n.top;
  const covers: string[] = [];
  const slide = document.querySelector("main.stage .slide")!;
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || parent.closest("style") || getComputedStyle(parent).visibility === "hidden") continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    if (overlaps(range.getBoundingClientRect())) covers.push(`text "${node.textContent.trim().slice(0, 30)}"`);
  }
  for (const el of slide.querySelectorAll("svg.slide-chart-svg :is(rect, circle, line, path, polygon, text)")) {
    if (!el.closest("defs") && overlaps(el.getBoundingClientRect())) covers.push(`<${el.tagName} ${el.getAttribute("class") ?? ""}>`);
  }
  const number = document.querySelector(".slide-number");
  if (number && overlaps(number.getBoundingClientRect())) covers.push("slide number");
  return {
    box: rel(n),
    safe: { left: stage.width * margin, top: stage.height * margin, right: stage.width * (1 - margin), bottom: stage.height * (1 - margin) },
    fontPx: Number.parseFloat(getComputedStyle(notice).fontSize),
    stageHeight: stage.height,
    covers,
  };
}

async function ready(page: Page) {
  await expect(page.locator("[data-ready]")).toHaveCount(1);
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`with the data failing at ${width}×${height}, the stale notice sits inside the safe area, at TV text size, covering nothing on any slide`, async ({ page }) => {
    test.setTimeout(90_000);
    // The context's route also answers what the presenter's service worker asks for.
    await page.context().route(`**${LIVE_DATA}`, (route) => route.fulfill({ status: 503, body: "down" }));
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/fr/paris-2020/present?slide=1&refresh=1");
    await ready(page);
    const notice = page.locator("main.stage .stale-notice");
    await expect(notice).toContainText(/^Non mis à jour depuis \d\d:\d\d/, { timeout: 8000 });
    const total = Number(((await page.locator(".slide-number").textContent()) ?? "").split("/")[1]);
    const problems: string[] = [];
    for (let n = 1; n <= total; n++) {
      await expect(page.locator("main.stage")).toHaveAttribute("data-slide", String(n));
      const m = await page.evaluate(measureNotice, SAFE_MARGIN);
      const eps = 0.5;
      if (m.box.left < m.safe.left - eps || m.box.top < m.safe.top - eps || m.box.right > m.safe.right + eps || m.box.bottom > m.safe.bottom + eps)
        problems.push(`slide ${n}: notice at ${JSON.stringify(m.box)} outside the safe area ${JSON.stringify(m.safe)}`);
      if (m.fontPx < MIN_TEXT * m.stageHeight - 0.01) problems.push(`slide ${n}: notice text ${m.fontPx.toFixed(1)} px, under ${(MIN_TEXT * m.stageHeight).toFixed(1)} px`);
      if (m.covers.length) problems.push(`slide ${n}: the notice covers ${m.covers.slice(0, 5).join(", ")}`);
      if (n === 1) console.log(`${width}×${height}: notice ${m.fontPx.toFixed(1)} px (min ${(MIN_TEXT * m.stageHeight).toFixed(1)}), box ${JSON.stringify(m.box)}`);
      await page.keyboard.press("ArrowRight");
    }
    expect(problems).toEqual([]);
  });
}

test("the stage's Overview button is hidden on load, shows when the mouse moves, and hides again when it rests, focused or not", async ({ page }) => {
  await page.clock.install();
  await page.goto("/fr/paris-2020/present?slide=2");
  await ready(page);
  const button = page.locator(".overview-button-stage");
  // No mouse has moved: the room sees the slide alone.
  await expect(button).toBeHidden();
  await page.clock.runFor(IDLE_MS);
  await expect(button).toBeHidden();
  await page.mouse.move(200, 200, { steps: 4 });
  await expect(button).toBeVisible();
  await page.clock.runFor(IDLE_MS);
  await expect(button).toBeHidden();
  // Focused, it still goes with the resting mouse (the keyboard has O); the mouse brings it back.
  await page.mouse.move(300, 300, { steps: 4 });
  await button.focus();
  await page.clock.runFor(IDLE_MS);
  await expect(button).toBeHidden();
  await page.mouse.move(250, 250, { steps: 4 });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.getByRole("dialog")).toBeVisible();
});
