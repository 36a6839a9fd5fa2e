import { describe, expect, it } from "vitest";
import { HEATMAP_THEMES_PER_SLIDE } from "../charts/heatmap";
import type { ChartKind } from "../dataset/schema";
import { buildDeck, keyAction, parseRefreshSeconds, parseSlideNumber } from "./deck";

type DeckInput = Parameters<typeof buildDeck>[0];
type Instance = DeckInput["presentation"]["charts"][number];
/** A chart instance of one kind, with only what the deck reads (a term-usage instance counts one keyword). */
const instance = (slug: string, kind: ChartKind): Instance => ({ slug, kind, keywords: [{ keyword: "sécurité", pattern: "sécurité" }] }) as unknown as Instance;
// The heatmap declared second: the deck still opens on its builds, then the others in the data's order.
const charts = [instance("bars-a", "figure-bars"), instance("grid", "heatmap"), instance("words", "term-usage"), instance("bars-b", "figure-bars")];
const d: DeckInput = { themes: [{ id: "a" }, { id: "b" }, { id: "c" }], candidates: [{ id: "x" }, { id: "y" }], termUsage: [{ id: "fact" }], presentation: { charts } };

describe("buildDeck(dataset)", () => {
  const deck = buildDeck(d);

  it("opens with the title, reveals the heatmap-kind instance theme by theme, then the other instances in order, spotlights and sources", () => {
    expect(deck[0]).toEqual({ kind: "title" });
    expect(deck.slice(1, 4)).toEqual([1, 2, 3].map((reveal) => ({ kind: "chart", slug: "grid", reveal })));
    expect(deck.slice(4, 8).map((s) => s.kind === "chart" && s.slug)).toEqual(["bars-a", "words", "words", "bars-b"]);
    expect(deck.slice(8, 10)).toEqual([
      { kind: "candidate", candidate: "x" },
      { kind: "candidate", candidate: "y" },
    ]);
    expect(deck.at(-1)).toEqual({ kind: "sources" });
  });

  it("shows a term-usage instance in two parts, the article's findings then the derived counts, each on a slide", () => {
    expect(deck.slice(5, 7)).toEqual([
      { kind: "chart", slug: "words", part: { from: 0, to: 1, index: 0, count: 2, total: 2 } },
      { kind: "chart", slug: "words", part: { from: 1, to: 2, index: 1, count: 2, total: 2 } },
    ]);
  });

  it("gives a term-usage instance one slide, not an empty second one, when it counts no keyword or the article makes no finding", () => {
    const noKeywords = charts.map((c) => (c.kind === "term-usage" ? ({ ...c, keywords: [] } as Instance) : c));
    for (const data of [
      { ...d, presentation: { charts: noKeywords } },
      { ...d, termUsage: [] },
    ]) {
      const words = buildDeck(data).filter((s) => s.kind === "chart" && s.slug === "words");
      expect(words).toEqual([{ kind: "chart", slug: "words" }]);
    }
  });

  it("splits a heatmap of more themes than a TV slide holds into even groups, each build on its theme's group, one build per theme still", () => {
    const seven = buildDeck({ ...d, themes: Array.from({ length: 7 }, (_, i) => ({ id: `t${i}` })) });
    const builds = seven.filter((s) => s.kind === "chart" && s.slug === "grid");
    expect(builds.map((s) => s.kind === "chart" && [s.reveal, s.part?.from, s.part?.to])).toEqual([
      [1, 0, 4],
      [2, 0, 4],
      [3, 0, 4],
      [4, 0, 4],
      [5, 4, 7],
      [6, 4, 7],
      [7, 4, 7],
    ]);
    // No group larger than a slide holds; three themes fit one slide and are not split.
    expect(builds.every((s) => s.kind === "chart" && s.part && s.part.to - s.part.from <= HEATMAP_THEMES_PER_SLIDE)).toBe(true);
    expect(deck.slice(1, 4).every((s) => s.kind === "chart" && s.part === undefined)).toBe(true);
  });
});

describe("parseSlideNumber(raw, total)", () => {
  it("reads a 1-based number and clamps it to the deck", () => {
    expect(parseSlideNumber("3", 10)).toBe(3);
    expect(parseSlideNumber("0", 10)).toBe(1);
    expect(parseSlideNumber("99", 10)).toBe(10);
    expect(parseSlideNumber("<script>", 10)).toBe(1);
    expect(parseSlideNumber(undefined, 10)).toBe(1);
  });
});

describe("parseRefreshSeconds(raw)", () => {
  it("defaults to 30 s and keeps a sane range", () => {
    expect(parseRefreshSeconds(undefined)).toBe(30);
    expect(parseRefreshSeconds("5")).toBe(5);
    expect(parseRefreshSeconds("0.2")).toBe(1);
    expect(parseRefreshSeconds("-3")).toBe(30);
    expect(parseRefreshSeconds("abc")).toBe(30);
  });
});

describe("keyAction(key)", () => {
  it("maps clickers' and keyboards' keys", () => {
    for (const key of ["ArrowRight", "ArrowDown", "PageDown", " ", "n", "N"]) expect(keyAction(key)).toBe("next");
    for (const key of ["ArrowLeft", "ArrowUp", "PageUp", "p", "P"]) expect(keyAction(key)).toBe("previous");
    expect([keyAction("Home"), keyAction("End"), keyAction("f"), keyAction("b"), keyAction("W"), keyAction("?"), keyAction("7"), keyAction("Enter")]).toEqual([
      "first",
      "last",
      "fullscreen",
      "black",
      "white",
      "help",
      "digit",
      "jump",
    ]);
    expect(keyAction("Tab")).toBeUndefined();
  });
  it("maps O to the overview grid, T and R to the notes timer", () => {
    expect(["o", "O", "t", "T", "r", "R"].map(keyAction)).toEqual(["overview", "overview", "timer", "timer", "timerReset", "timerReset"]);
  });
});
