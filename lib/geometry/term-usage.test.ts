import { describe, expect, it } from "vitest";
import { KEYWORDS, layoutKeywords, type KeywordsInput } from "./keywords";

const input: KeywordsInput = {
  columns: ["a", "b", "c"].map((candidate) => ({ candidate, label: candidate.toUpperCase(), highlighted: false })),
  absent: { count: 3, outOf: 6, caption: "absent from 3 of 6", label: "absent", href: "#t" },
  attributed: [{ term: "x", caption: "x, used by", users: ["b"], href: "#x", label: (c, used) => `${c} ${used}` }],
  derived: [{ keyword: "k", caption: "k", counts: { a: 0, b: 1, c: 4 }, href: (c) => `#${c}`, label: (c, n) => `${c} ${n}` }],
  headings: { article: "What the article says", derived: "Derived" },
};

describe("layoutKeywords(input)", () => {
  const layout = layoutKeywords(input);

  it("draws the unattributed count as outOf squares, count of them marked, outside the candidate columns", () => {
    const squares = layout.absent!.squares;
    expect(squares).toHaveLength(6);
    expect(squares.filter((s) => s.marked)).toHaveLength(3);
    // Squares sit in one left-aligned run of fixed size, not at candidate column centres.
    expect(squares.map((s) => s.x)).toEqual([0, 1, 2, 3, 4, 5].map((i) => i * (KEYWORDS.SQUARE + KEYWORDS.SQUARE_GAP)));
    expect(layout.absent!.squares[0]!.y).toBeLessThan(layout.columnHeaderYs[0]!);
  });

  it("fills an attributed term's dot only for the candidates the article names", () => {
    expect(layout.attributed[0]!.dots.map((d) => d.used)).toEqual([false, true, false]);
  });

  it("sizes derived circles by count, with no circle for zero", () => {
    const [a, b, c] = layout.derived[0]!.circles;
    expect(a!.r).toBe(0);
    expect(b!.r).toBeGreaterThan(0);
    expect(c!.r).toBe(KEYWORDS.MAX_R);
    expect(c!.r / b!.r).toBeCloseTo(2, 3); // area ∝ count
  });

  it("wraps long captions instead of letting them run off a phone screen", () => {
    const long = layoutKeywords({ ...input, absent: { ...input.absent!, caption: "a caption that is much longer than thirty-six characters wide" } });
    expect(long.absent!.caption.length).toBeGreaterThan(1);
    expect(long.absent!.caption.every((line) => line.length <= KEYWORDS.CAPTION_CHARS)).toBe(true);
  });
});
