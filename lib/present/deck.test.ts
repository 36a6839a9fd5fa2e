import { describe, expect, it } from "vitest";
import { buildDeck, keyAction, parseRefreshSeconds, parseSlideNumber } from "./deck";

const charts = ["theme-heatmap", "cameras", "rental-caps", "keywords"].map((slug) => ({ slug }));
const d = { themes: [{ id: "a" }, { id: "b" }, { id: "c" }], candidates: [{ id: "x" }, { id: "y" }], presentation: { charts } } as Parameters<typeof buildDeck>[0];

describe("buildDeck(dataset)", () => {
  const deck = buildDeck(d);

  it("opens with the title, reveals the heatmap theme by theme, then the other charts, spotlights and sources", () => {
    expect(deck[0]).toEqual({ kind: "title" });
    expect(deck.slice(1, 4)).toEqual([1, 2, 3].map((reveal) => ({ kind: "chart", slug: "theme-heatmap", reveal })));
    expect(deck.slice(4, 7).map((s) => s.kind === "chart" && s.slug)).toEqual(["cameras", "rental-caps", "keywords"]);
    expect(deck.slice(7, 9)).toEqual([
      { kind: "candidate", candidate: "x" },
      { kind: "candidate", candidate: "y" },
    ]);
    expect(deck.at(-1)).toEqual({ kind: "sources" });
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
});
