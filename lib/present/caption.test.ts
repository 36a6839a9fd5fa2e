import { describe, expect, it } from "vitest";
import { buildChart } from "../charts/registry";
import { validateDataset } from "../dataset/check";
import { rawDataset } from "../testing/fixtures";
import { EMPTY_VIEW } from "../view";
import { slideCaption } from "./caption";
import { buildDeck, type Slide } from "./deck";

const v = validateDataset(rawDataset());
if (!v.ok) throw new Error("fixture invalid");
const d = v.dataset;
const deck = buildDeck(d);
type ChartSlide = Extract<Slide, { kind: "chart" }>;
const split = deck.filter((s): s is ChartSlide => s.kind === "chart" && s.part !== undefined);
const keywords = split.filter((s) => s.reveal === undefined);
const heatmapGroups = split.filter((s) => s.reveal !== undefined && s.reveal === s.part!.from + 1);

describe("slideCaption(dataset, slide, locale)", () => {
  it("tells every slide apart, split charts included, in French and English", () => {
    expect(keywords.length).toBe(2);
    expect(heatmapGroups.length).toBeGreaterThan(1);
    for (const locale of ["fr", "en"] as const) {
      const words = deck.map((s) => Object.values(slideCaption(d, s, locale)).join(" | "));
      expect(new Set(words).size).toBe(deck.length);
    }
  });

  it("names the part of a split chart, as “1 of 2”", () => {
    expect(keywords.map((s) => slideCaption(d, s, "fr").part)).toEqual(["partie 1 sur 2", "partie 2 sur 2"]);
    expect(keywords.map((s) => slideCaption(d, s, "en").part)).toEqual(["part 1 of 2", "part 2 of 2"]);
    const n = d.themes.length;
    const [first, second] = heatmapGroups.map((s) => s.part!);
    expect(slideCaption(d, heatmapGroups[0]!, "fr").part).toBe(`thèmes 1 à ${first!.to} sur ${n}`);
    expect(slideCaption(d, heatmapGroups[1]!, "en").part).toBe(`themes ${second!.from + 1}–${second!.to} of ${n}`);
  });

  it("counts a build's step within its part", () => {
    const second = heatmapGroups[1]!;
    expect(slideCaption(d, second, "fr").detail).toBe(`1 thème sur ${second.part!.to - second.part!.from}`);
  });

  it("titles a chart slide as the chart itself does, and leaves an unsplit slide without a part", () => {
    for (const s of deck.filter((s): s is ChartSlide => s.kind === "chart")) {
      expect(slideCaption(d, s, "en").title).toBe(buildChart(s.slug, { dataset: d, view: EMPTY_VIEW, locale: "en" }, s.part).texts.title);
    }
    expect(slideCaption(d, deck[0]!, "fr")).toEqual({ title: d.presentation.title.fr });
  });
});
