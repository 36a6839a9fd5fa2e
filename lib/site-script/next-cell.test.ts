// Arrow keys in the heatmap move between cells as a reader expects, and stop at the grid's edges.
import { describe, expect, it } from "vitest";
import { type GridPosition, nextCell } from "./next-cell";

// A 3-row × 4-column grid in the page's order (row by row), as the heatmap draws it.
const grid: GridPosition[] = [0, 1, 2].flatMap((row) => [0, 1, 2, 3].map((column) => ({ row, column })));
const index = (row: number, column: number) => grid.findIndex((c) => c.row === row && c.column === column);
const from = (row: number, column: number, key: string) => nextCell(grid, { row, column }, key);

describe("nextCell(…)", () => {
  it("moves one cell in the arrow's direction", () => {
    expect(from(1, 1, "ArrowRight")).toBe(index(1, 2));
    expect(from(1, 1, "ArrowLeft")).toBe(index(1, 0));
    expect(from(1, 1, "ArrowDown")).toBe(index(2, 1));
    expect(from(1, 1, "ArrowUp")).toBe(index(0, 1));
  });

  it("stops at every edge instead of wrapping to the next row or column", () => {
    expect(from(1, 3, "ArrowRight")).toBeUndefined();
    expect(from(1, 0, "ArrowLeft")).toBeUndefined();
    expect(from(2, 2, "ArrowDown")).toBeUndefined();
    expect(from(0, 2, "ArrowUp")).toBeUndefined();
  });

  it("goes to the first and last cell of the same row with Home and End", () => {
    expect(from(2, 2, "Home")).toBe(index(2, 0));
    expect(from(2, 1, "End")).toBe(index(2, 3));
  });

  it("ignores other keys, so Tab and Enter keep their usual meaning", () => {
    expect(from(1, 1, "Tab")).toBeUndefined();
    expect(from(1, 1, "Enter")).toBeUndefined();
  });

  it("does not jump over a missing cell (a hidden candidate's column); End still finds the row's last cell", () => {
    const holes = grid.filter((c) => c.column !== 2);
    expect(nextCell(holes, { row: 0, column: 1 }, "ArrowRight")).toBeUndefined();
    expect(holes[nextCell(holes, { row: 0, column: 1 }, "End")!]).toEqual({ row: 0, column: 3 });
  });
});
