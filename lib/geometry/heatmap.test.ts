import { describe, expect, it } from "vitest";
import { LEVEL_FILLS } from "../color/palette";
import { HEATMAP, type HeatmapInput, layoutHeatmap } from "./heatmap";

const input: HeatmapInput = {
  columns: [
    { candidate: "a", label: "A", highlighted: false, href: "/fr/e/candidates/a" },
    { candidate: "b", label: "B", highlighted: true, href: "/fr/e/candidates/b" },
  ],
  rows: [
    { theme: "t1", label: "T1", href: "/fr/e/themes/t1" },
    { theme: "t2", label: "T2", href: "/fr/e/themes/t2" },
  ],
  cells: [
    { candidate: "a", theme: "t1", level: 0, href: "?cell=a.t1", label: "a t1" },
    { candidate: "b", theme: "t1", level: 3, href: "?cell=b.t1", label: "b t1" },
    { candidate: "a", theme: "t2", level: 2, stance: "against", href: "?cell=a.t2", label: "a t2" },
    { candidate: "b", theme: "t2", level: 1, stance: "undecided", href: "?cell=b.t2", label: "b t2" },
  ],
  silentText: ["not", "mentioned"],
  openCell: { candidate: "b", theme: "t2" },
};

describe("layoutHeatmap(input)", () => {
  const layout = layoutHeatmap(input);
  const cell = (c: string, t: string) => layout.cells.find((x) => x.candidate === c && x.theme === t)!;

  it("places columns side by side across the width and rows top to bottom", () => {
    expect(cell("a", "t1").x).toBe(0);
    expect(cell("b", "t1").x).toBeGreaterThan(cell("a", "t1").x + cell("a", "t1").width);
    expect(cell("b", "t1").x + cell("b", "t1").width).toBeCloseTo(100, 3);
    expect(cell("a", "t2").y).toBeGreaterThan(cell("a", "t1").y + HEATMAP.CELL_H);
    expect(layout.height).toBe(cell("a", "t2").y + HEATMAP.CELL_H);
  });

  it("draws a silent cell hatched and labelled, never as level 0 on the colour ramp", () => {
    const silent = cell("a", "t1");
    expect(silent.silent).toBe(true);
    expect(silent.fill).toBeNull();
    expect(Object.values(LEVEL_FILLS)).not.toContain(silent.fill);
    expect(layout.silentText).toEqual(["not", "mentioned"]);
  });

  it("colours levels on the ramp and marks contested stances with a symbol", () => {
    expect(cell("b", "t1").fill).toBe(LEVEL_FILLS[3]);
    expect(cell("a", "t2").stanceSymbol).toBe("✕");
    expect(cell("b", "t2").stanceSymbol).toBe("?");
    expect(cell("b", "t1").stanceSymbol).toBeNull();
  });

  it("flags the highlighted candidate's cells and the open cell", () => {
    expect(layout.cells.filter((c) => c.highlighted).map((c) => c.candidate)).toEqual(["b", "b"]);
    expect(layout.cells.filter((c) => c.open).map((c) => `${c.candidate}.${c.theme}`)).toEqual(["b.t2"]);
  });

  it("centres each cell's printed level (or a silent cell's words) and each candidate's name on the column", () => {
    const level = cell("b", "t1");
    expect(level.text).toMatchObject({ anchor: "middle", x: level.x + level.width / 2 });
    expect(level.text.y).toBeGreaterThan(level.y + level.height / 2);
    const silent = cell("a", "t1");
    expect(silent.text.y).toBeLessThan(silent.y + silent.height / 2);
    // The second line stays in the cell at the slides' 16 px words (the page's are 10 px).
    expect(silent.text.y + layout.silentLineGapEm * 16).toBeLessThan(silent.y + silent.height);
    expect(layout.columns.map((c) => c.text.x)).toEqual([cell("a", "t1").text.x, cell("b", "t1").text.x]);
    expect(layout.rows[1]!.text.y).toBeLessThan(cell("a", "t2").y);
  });

  it("gives each cell its grid position for arrow-key navigation", () => {
    expect(layout.cells.map((c) => [c.row, c.col])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
  });
});
