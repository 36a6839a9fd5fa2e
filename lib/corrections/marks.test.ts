import { describe, expect, it } from "vitest";
import { correctedMark, versionedSourceLine, versionNumber } from "./marks";

const election = { id: "lyon-2026" };
const source = { citation: { fr: "Article de presse", en: "Press article" } } as never;

describe("correctedMark(dataset, locale, origin)", () => {
  it("is absent for an uncorrected version", () => {
    expect(correctedMark({ corrections: [], election }, "fr")).toBeUndefined();
  });

  it("names the last correction's date and links to its entry in its election's log", () => {
    const corrections = [{ date: "2026-11-30T12:00:00Z" }, { date: "2026-12-02T09:00:00Z" }] as never;
    expect(correctedMark({ corrections, election }, "fr")).toEqual({ label: "Corrigé le 2 décembre 2026", href: "/fr/lyon-2026/corrections#correction-2" });
    expect(correctedMark({ corrections, election }, "en", "https://charts.example.org")).toEqual({
      label: "Corrected on 2 December 2026",
      href: "https://charts.example.org/en/lyon-2026/corrections#correction-2",
    });
  });

  it("says the first of the month as French readers write it, in Paris time", () => {
    // 23:30 UTC on 30 November is 1 December in Paris.
    expect(correctedMark({ corrections: [{ date: "2026-11-30T23:30:00Z" }], election } as never, "fr")!.label).toBe("Corrigé le 1er décembre 2026");
  });
});

describe("versionedSourceLine(dataset, locale)", () => {
  it("gives the citation, the version's number and id, and its last correction", () => {
    const corrected = { version: "a1b2c3d4e5f6", source, corrections: [{ date: "2026-11-30T12:00:00Z" }, { date: "2026-11-30T13:00:00Z" }] } as never;
    expect(versionNumber(corrected)).toBe(3);
    expect(versionedSourceLine(corrected, "fr")).toBe("Source\u00a0: Article de presse. Données version 3 (a1b2c3d4e5f6), corrigée le 30 novembre 2026.");
    expect(versionedSourceLine(corrected, "en")).toBe("Source: Press article. Data version 3 (a1b2c3d4e5f6), corrected on 30 November 2026.");
    expect(versionedSourceLine({ version: "5b1a38560827", source, corrections: [] } as never, "fr")).toBe("Source\u00a0: Article de presse. Données version 1 (5b1a38560827).");
  });
});
