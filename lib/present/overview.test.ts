import { describe, expect, it } from "vitest";
import { OVERVIEW_COLUMNS, overviewMove } from "./overview";

describe("overviewMove(index, key, total, columns)", () => {
  // 12 tiles in rows of 5: 0-4, 5-9, 10-11.
  const move = (index: number, key: string) => overviewMove(index, key, 12, 5);

  it("steps left and right, stopping at the ends", () => {
    expect(move(3, "ArrowRight")).toBe(4);
    expect(move(11, "ArrowRight")).toBe(11);
    expect(move(0, "ArrowLeft")).toBe(0);
  });
  it("moves a row up or down, lands on the last tile of a shorter last row, and stays put past the edges", () => {
    expect(move(2, "ArrowDown")).toBe(7);
    expect(move(8, "ArrowDown")).toBe(11);
    expect(move(11, "ArrowDown")).toBe(11);
    expect(move(7, "ArrowUp")).toBe(2);
    expect(move(2, "ArrowUp")).toBe(2);
  });
  it("goes to the first and last tile with Home and End, and leaves other keys alone", () => {
    expect(move(6, "Home")).toBe(0);
    expect(move(6, "End")).toBe(11);
    expect(move(6, "Enter")).toBeUndefined();
    expect(move(6, "a")).toBeUndefined();
  });
  it("lays tiles in rows of the grid's own width by default", () => {
    expect(overviewMove(0, "ArrowDown", 30)).toBe(OVERVIEW_COLUMNS);
  });
});
