// A presenter's slides on a studio screen: measured on every slide at 720p, 1080p and 4K, as a
// viewer on a sofa would need them. EBU R 95's graphics-safe area (5 % in from each edge of the
// 16:9 stage) holds everything; a chart fills at least 80 % of that area in the dimension that
// binds it; nothing scrolls or is clipped; no text is smaller than 2.2 % of the stage's height; AA contrast on both themes.

import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { COLOUR_RULES } from "./fixtures";

/** EBU R 95: graphics stay this share of the width (and of the height) in from each edge. */
const SAFE_MARGIN = 0.05;
/** A chart uses at least this share of the safe area in its binding dimension. */
const MIN_FILL = 0.8;
/** The smallest text, as a share of the stage's height (24 px at 1080p). */
const MIN_TEXT = 0.022;

interface SlideMeasure {
  kind: string;
  /** Visible things (text, SVG marks, painted boxes) that leave the safe area. */
  outside: string[];
  /** What scrolls or is clipped: the page, a stage larger than the screen, a text box too small for its text. */
  overflows: string[];
  /** The smallest rendered text on the slide, in px, and which text it is. */
  smallestText: { px: number; text: string };
  /** The smallest text of the chart alone, in px (for the report); null without a chart. */
  smallestChartText: number | null;
  /** The chart's drawn box over the safe area's, in its binding dimension; null without a chart. */
  fill: number | null;
  stageHeight: number;
}

/** Measures the stage in the page (runs in the browser). */
function measureStage(margin: number): SlideMeasure {
  const stage = document.querySelector("main.stage")!;
  const s = stage.getBoundingClientRect();
  const safe = { left: s.left + s.width * margin, right: s.right - s.width * margin, top: s.top + s.height * margin, bottom: s.bottom - s.height * margin };
  /** Sub-pixel rounding of boxes. */
  const eps = 0.5;
  const shown = (el: Element) => {
    const style = getComputedStyle(el);
    return style.visibility !== "hidden" && style.display !== "none" && Number(style.opacity) > 0 && !el.closest("defs");
  };
  const outside: string[] = [];
  const overflows: string[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth || doc.scrollHeight > doc.clientHeight) overflows.push("the page scrolls");
  if (s.width > innerWidth + 1 || s.height > innerHeight + 1) overflows.push("the stage is larger than the screen");
  for (const el of stage.querySelectorAll<HTMLElement>("h1, h2, h3, p, li, blockquote, figcaption")) {
    if (shown(el) && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) overflows.push(`${el.tagName} "${el.textContent?.slice(0, 30)}" overflows its box`);
  }
  const check = (what: string, r: DOMRect) => {
    if (r.width === 0 && r.height === 0) return;
    if (r.left < safe.left - eps || r.right > safe.right + eps || r.top < safe.top - eps || r.bottom > safe.bottom + eps)
      outside.push(`${what} [${Math.round(r.left - s.left)},${Math.round(r.top - s.top)} ${Math.round(r.width)}×${Math.round(r.height)}]`);
  };
  let smallestText = { px: Number.POSITIVE_INFINITY, text: "" };
  let smallestChartText: number | null = null;
  // Every text node: its glyphs' box, and its font size as rendered (an SVG's user units times its scale on screen).
  const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || parent.closest("style") || !shown(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width === 0) continue;
    check(`text "${node.textContent.trim().slice(0, 30)}"`, box);
    const fontSize = Number.parseFloat(getComputedStyle(parent).fontSize);
    const owner: Element = parent;
    const scale = owner instanceof SVGGraphicsElement ? (owner.getScreenCTM()?.a ?? 1) : 1;
    const px = fontSize * scale;
    if (px < smallestText.px) smallestText = { px, text: node.textContent.trim().slice(0, 30) };
    if (parent.closest(".slide-chart-svg")) smallestChartText = Math.min(smallestChartText ?? px, px);
  }
  // SVG marks, and HTML boxes that paint a background or a border.
  for (const el of stage.querySelectorAll("rect, circle, line, path, polygon, ellipse")) {
    if (shown(el)) check(`<${el.tagName}${el.getAttribute("class") ? ` .${el.getAttribute("class")}` : ""}>`, el.getBoundingClientRect());
  }
  for (const el of stage.querySelectorAll<HTMLElement>(".slide *:not(svg *)")) {
    const style = getComputedStyle(el);
    const paints = style.backgroundColor !== "rgba(0, 0, 0, 0)" || Number.parseFloat(style.borderLeftWidth) > 0 || Number.parseFloat(style.borderTopWidth) > 0;
    if (paints && shown(el)) check(`box .${el.className}`, el.getBoundingClientRect());
  }
  const mark = stage.querySelector(".slide-corrected");
  if (mark && shown(mark)) check("corrected mark", mark.getBoundingClientRect());
  // The chart's drawn extent: every mark and label, including the rows a build keeps in place but hidden.
  const chart = stage.querySelector(".slide-chart-svg");
  let fill: number | null = null;
  if (chart) {
    let box: { left: number; right: number; top: number; bottom: number } | null = null;
    for (const el of chart.querySelectorAll("rect, circle, line, path, text")) {
      if (el.closest("defs") || getComputedStyle(el).display === "none") continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      box = box
        ? { left: Math.min(box.left, r.left), right: Math.max(box.right, r.right), top: Math.min(box.top, r.top), bottom: Math.max(box.bottom, r.bottom) }
        : { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }
    fill = box ? Math.max((box.right - box.left) / (safe.right - safe.left), (box.bottom - box.top) / (safe.bottom - safe.top)) : 0;
  }
  const kind = stage.querySelector(".slide")?.className.replace("slide ", "") ?? "none";
  return { kind, outside, overflows, smallestText, smallestChartText, fill, stageHeight: s.height };
}

async function open(page: Page, query: string, lang = "fr") {
  await page.goto(`/${lang}/paris-2020/present${query}`);
  await expect(page.locator("[data-ready]")).toHaveCount(1);
}

async function slideCount(page: Page): Promise<number> {
  const text = (await page.locator(".slide-number").textContent()) ?? "";
  return Number(text.split("/")[1]);
}

// French at every size; English, whose labels run longer (the heatmap key's "Flagship proposal
// according to the article" once ran past the stage's safe area), at 1080p.
for (const [width, height, lang] of [
  [1280, 720, "fr"],
  [1920, 1080, "fr"],
  [3840, 2160, "fr"],
  [1920, 1080, "en"],
] as const) {
  test(`every slide at ${width}×${height} in ${lang}: inside the safe area, nothing scrolling or clipped, the chart filling it, no text under 2.2 % of the height`, async ({ page }, info) => {
    await page.setViewportSize({ width, height });
    // No entrance animation: boxes are measured where they settle.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await open(page, "?slide=1", lang);
    const total = await slideCount(page);
    expect(total).toBeGreaterThan(10);
    const report: string[] = [];
    const problems: string[] = [];
    for (let n = 1; n <= total; n++) {
      await expect(page.locator("main.stage")).toHaveAttribute("data-slide", String(n));
      const m = await page.evaluate(measureStage, SAFE_MARGIN);
      const min = MIN_TEXT * m.stageHeight;
      const chartText = m.smallestChartText === null ? "" : `, chart text ${m.smallestChartText.toFixed(1)} px`;
      report.push(`${n} ${m.kind}: smallest text ${m.smallestText.px.toFixed(1)} px ("${m.smallestText.text}")${chartText}, fill ${m.fill?.toFixed(3) ?? "-"}`);
      for (const o of m.outside) problems.push(`slide ${n} (${m.kind}): ${o} outside the safe area`);
      for (const o of m.overflows) problems.push(`slide ${n} (${m.kind}): ${o}`);
      if (m.smallestText.px < min - 0.01) problems.push(`slide ${n} (${m.kind}): text "${m.smallestText.text}" is ${m.smallestText.px.toFixed(1)} px, under ${min.toFixed(1)} px`);
      if (m.fill !== null && m.fill < MIN_FILL) problems.push(`slide ${n} (${m.kind}): the chart fills ${m.fill.toFixed(2)} of the safe area`);
      await page.keyboard.press("ArrowRight");
    }
    await info.attach(`measures-${width}x${height}-${lang}`, { body: report.join("\n"), contentType: "text/plain" });
    console.log(`${width}×${height} ${lang}\n${report.join("\n")}`);
    expect(problems).toEqual([]);
  });
}

test("axe finds no violation, contrast included, on every kind of slide on both stage themes at 1920×1080", async ({ page }) => {
  // Fourteen axe runs over a large DOM (the SVG charts): more than the default 30 s on a shared machine.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await open(page, "?slide=1");
  const total = await slideCount(page);
  // One slide of each kind (and each chart), taken from the deck itself.
  const kinds = new Map<string, number>();
  for (let n = 1; n <= total; n++) {
    await expect(page.locator("main.stage")).toHaveAttribute("data-slide", String(n));
    const kind = await page.locator("main.stage .slide").evaluate((el) => `${el.className} ${el.querySelector("svg.chart")?.getAttribute("class") ?? ""}`);
    if (!kinds.has(kind)) kinds.set(kind, n);
    await page.keyboard.press("ArrowRight");
  }
  expect(kinds.size).toBeGreaterThanOrEqual(5);
  for (const theme of ["dark", "light"]) {
    for (const [kind, n] of kinds) {
      await open(page, `?slide=${n}&theme=${theme}`);
      // The slide's structure is the same on both themes: the second one needs only the colour rules.
      const axe = theme === "dark" ? new AxeBuilder({ page }) : new AxeBuilder({ page }).withRules(COLOUR_RULES);
      const violations = (await axe.include("main.stage").analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(" ")).join(", ")}`);
      expect(violations, `${theme} slide ${n} (${kind})`).toEqual([]);
    }
  }
});
