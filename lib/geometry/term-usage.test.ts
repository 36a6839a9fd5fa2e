import { describe, expect, it } from "vitest";
import { layoutTermUsage, TERM_USAGE, type TermUsageInput } from "./term-usage";

const input: TermUsageInput = {
  columns: ["a", "b", "c"].map((candidate) => ({ candidate, label: candidate.toUpperCase(), highlighted: false })),
  absent: { count: 3, outOf: 6, caption: "absent from 3 of 6", label: "absent", href: "#t" },
  attributed: [{ term: "x", caption: "x, used by", users: ["b"], href: "#x", label: (c, used) => `${c} ${used}` }],
  derived: [{ keyword: "k", caption: "k", counts: { a: 0, b: 1, c: 4 }, href: (c) => `#${c}`, label: (c, n) => `${c} ${n}` }],
  headings: { article: "What the article says", derived: "Derived" },
};

describe("layoutTermUsage(input)", () => {
  const layout = layoutTermUsage(input);

  it("draws the unattributed count as outOf squares, count of them marked, outside the candidate columns", () => {
    const squares = layout.absent!.squares;
    expect(squares).toHaveLength(6);
    expect(squares.filter((s) => s.marked)).toHaveLength(3);
    // Squares sit in one left-aligned run of fixed size, not at candidate column centres.
    expect(squares.map((s) => s.x)).toEqual([0, 1, 2, 3, 4, 5].map((i) => i * (TERM_USAGE.SQUARE + TERM_USAGE.SQUARE_GAP)));
    expect(layout.absent!.squares[0]!.y).toBeLessThan(layout.columnHeaders[0]![0]!.text.y);
  });

  it("fills an attributed term's dot only for the candidates the article names, larger where it does", () => {
    expect(layout.attributed[0]!.dots.map((d) => d.used)).toEqual([false, true, false]);
    expect(layout.attributed[0]!.dots.map((d) => d.r)).toEqual([TERM_USAGE.DOT_UNUSED_R, TERM_USAGE.DOT_USED_R, TERM_USAGE.DOT_UNUSED_R]);
  });

  it("draws only the article's findings, or only the derived counts, for a slide split in two; each part is shorter than the whole", () => {
    const article = layoutTermUsage({ ...input, only: "article" });
    expect(article.headings.map((h) => h.lines.join(" "))).toEqual(["What the article says"]);
    expect([article.absent?.squares.length, article.attributed.length, article.derived.length]).toEqual([6, 1, 0]);
    const derived = layoutTermUsage({ ...input, only: "derived" });
    expect(derived.headings.map((h) => h.lines.join(" "))).toEqual(["Derived"]);
    expect([derived.absent, derived.attributed.length, derived.derived.length]).toEqual([undefined, 0, 1]);
    expect(derived.headings[0]!.text.y).toBeLessThan(layout.headings[1]!.text.y);
    expect(Math.max(article.height, derived.height)).toBeLessThan(layout.height);
  });

  it("sizes derived circles by count, with no circle for zero", () => {
    const [a, b, c] = layout.derived[0]!.circles;
    expect(a!.r).toBe(0);
    expect(b!.r).toBeGreaterThan(0);
    expect(c!.r).toBe(TERM_USAGE.MAX_R);
    expect(c!.r / b!.r).toBeCloseTo(2, 3); // area ∝ count
  });

  it("prints a count inside a circle big enough for it, beside a small one, and centred where a zero has none", () => {
    const [zero, small, big] = layout.derived[0]!.circles;
    expect(big!.number).toMatchObject({ inside: true, anchor: "middle", dx: 0, x: big!.x });
    expect(small!.number).toMatchObject({ inside: false, anchor: "start", dx: small!.r + TERM_USAGE.NUMBER_GAP });
    expect(zero!.number).toMatchObject({ inside: false, anchor: "middle", dx: 0 });
    expect(big!.number.y).toBeGreaterThan(big!.y);
  });

  it("centres each candidate's name over their column, one row of names above each block tied to candidates", () => {
    expect(layout.columnHeaders).toHaveLength(2);
    for (const names of layout.columnHeaders) {
      expect(names.map((n) => n.text.anchor)).toEqual(["middle", "middle", "middle"]);
      expect(names.map((n) => n.text.x)).toEqual(layout.attributed[0]!.dots.map((d) => d.x));
    }
    expect(layout.columnHeaders[1]![0]!.text.y).toBeLessThan(layout.derived[0]!.circles[0]!.y);
  });

  it("wraps long captions instead of letting them run off a phone screen", () => {
    const long = layoutTermUsage({ ...input, absent: { ...input.absent!, caption: "a caption that is much longer than thirty-six characters wide" } });
    expect(long.absent!.caption.lines.length).toBeGreaterThan(1);
    expect(long.absent!.caption.lines.every((line) => line.length <= TERM_USAGE.CAPTION_CHARS)).toBe(true);
  });
});
