import { describe, expect, it } from "vitest";
import { validateDataset } from "../dataset/check";
import { rawDataset } from "../testing/fixtures";
import { buildDeck } from "./deck";
import { OVERVIEW_COLUMNS, overviewMove, slideTitles } from "./overview";

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

describe("slideTitles(dataset, deck, locale)", () => {
  const v = validateDataset(rawDataset());
  if (!v.ok) throw new Error("fixture invalid");
  const d = v.dataset;
  const deck = buildDeck(d);

  it("names every slide: the presentation's title, each build with its step, candidates, sources", () => {
    const titles = slideTitles(d, deck, "fr");
    expect(titles).toHaveLength(deck.length);
    expect(titles[0]!.title).toBe(d.presentation.title.fr);
    expect(titles[1]!.detail).toBe(`1 thème sur ${d.themes.length}`);
    expect(titles.at(-1)!.title).toBe("Sources et méthode");
    const spot = deck.findIndex((s) => s.kind === "candidate");
    expect(titles[spot]!.title).toBe(d.candidates[0]!.name);
    expect(titles.every((t) => t.title.trim().length > 0)).toBe(true);
  });
  it("speaks the presenter's language", () => {
    expect(slideTitles(d, deck, "en").at(-1)!.title).not.toBe("Sources et méthode");
  });
});
