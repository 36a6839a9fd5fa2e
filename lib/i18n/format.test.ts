import { describe, expect, it } from "vitest";
import { validateDataset } from "../dataset/check";
import type { Dataset } from "../dataset/schema";
import { rawDataset } from "../testing/fixtures";
import { formatAttribution, formatFigureValue } from "./format";
import { en } from "./en";
import { fr } from "./fr";

const NBSP = "\u00a0";
const validated = validateDataset(rawDataset());
const d = (validated.ok ? validated.dataset : undefined) as Dataset;

describe("formatFigureValue(figure, locale)", () => {
  it("prints a multiplier as ×N", () => {
    expect(formatFigureValue({ value: { kind: "single", value: 4 }, unit: "multiplier" }, "fr")).toBe("×4");
  });

  it("keeps options as options, never an average", () => {
    const figure = { value: { kind: "options" as const, values: [30, 60, 120], chosenBy: { fr: "chaque mairie", en: "each town hall" } }, unit: "days" as const };
    expect(formatFigureValue(figure, "fr")).toBe("30, 60 ou 120 jours, au choix de chaque mairie");
    expect(formatFigureValue(figure, "en")).toBe("30, 60 or 120 days, chosen by each town hall");
  });

  it("keeps a zone's value beside the general one", () => {
    const figure = { value: { kind: "zoned" as const, general: 60, zones: [{ zone: { fr: "centre de Paris", en: "central Paris" }, value: 30 }] }, unit: "days" as const };
    expect(formatFigureValue(figure, "fr")).toBe(`60 jours (en général)${NBSP}; 30 jours (centre de Paris)`);
    expect(formatFigureValue(figure, "en")).toBe("60 days (in general); 30 days (central Paris)");
  });

  it("says 'per year' only when the figure says so, and 'about' for approximations", () => {
    expect(formatFigureValue({ value: { kind: "single", value: 45 }, unit: "nights", per: "year" }, "fr")).toBe("45 nuitées par an");
    expect(formatFigureValue({ value: { kind: "single", value: 45 }, unit: "nights" }, "en")).toBe("45 nights");
    expect(formatFigureValue({ value: { kind: "single", value: 10000 }, unit: "start-ups", approximate: true }, "en")).toBe("about 10,000 start-ups");
  });

  it("prints calendar years without a thousands separator", () => {
    expect(formatFigureValue({ value: { kind: "single", value: 2021 }, unit: "calendar-year" }, "fr")).toBe("2021");
  });
});

describe("formatAttribution(dataset, attribution, candidate, locale)", () => {
  it("names a spokesperson with role and candidate", () => {
    expect(formatAttribution(d, { by: "spokesperson", spokesperson: "midy" }, "buzyn", "en")).toBe("Paul Midy, Agnès Buzyn’s campaign director, for Agnès Buzyn");
  });

  it("names the list, the party with its channel, and the article", () => {
    expect(formatAttribution(d, { by: "list" }, "buzyn", "fr")).toBe("La liste d’Agnès Buzyn");
    expect(formatAttribution(d, { by: "party", party: "LFI", channel: "website" }, "simonnet", "en")).toBe("LFI, Danielle Simonnet’s party (on the movement’s website)");
    expect(formatAttribution(d, { by: "article" }, undefined, "fr")).toBe("L’article");
  });
});

describe("dictionaries", () => {
  it("give English every key French has", () => {
    const keys = (o: object, prefix = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });
});
