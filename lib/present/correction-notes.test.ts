// What the notes window says of a correction and of the served data.
import { describe, expect, it } from "vitest";
import { MEASURE as CAMERAS_MEASURE } from "../charts/cameras";
import type { Dataset } from "../dataset/schema";
import { formatFigureValue, formatOwner } from "../i18n/format";
import { corrected } from "../testing/corrections";
import { rawDataset } from "../testing/fixtures";
import { correctionNotes, formatChangedValue, statusLines } from "./correction-notes";

const base = rawDataset() as Dataset;

describe("statusLines(status, locale)", () => {
  const status = { version: "0123456789ab", number: 3, checkedAt: "2026-11-30T20:03:10Z" };

  it("gives the version's number and id and the last check", () => {
    expect(statusLines(status, "fr")).toEqual({ version: "Version 3 (0123456789ab)", checked: "Fichier vérifié à 21:03:10" });
    expect(statusLines(status, "en").checked).toBe("File checked at 21:03:10");
  });

  it("says when a correction was refused and why, as `path: reason`", () => {
    const refused = { at: "2026-11-30T20:04:00Z", problems: ["candidates: is required", "version: is wrong"] };
    expect(statusLines({ ...status, refused }, "fr").refused).toBe("Correction refusée à 21:04\u00a0: candidates: is required\u00a0; version: is wrong");
    expect(statusLines({ ...status, refused }, "en").refused).toBe("Correction refused at 21:04: candidates: is required; version: is wrong");
  });
});

describe("correctionNotes(corrections, dataset, locale)", () => {
  it("gives the date, the reason in the presenter's language, and a figure before → after with its unit", () => {
    const i = base.figures.findIndex((f) => f.measure === CAMERAS_MEASURE && f.value.kind === "single");
    const figure = base.figures[i]!;
    const old = figure.value.kind === "single" ? figure.value.value : 0;
    const { dataset, summary } = corrected((d) => (d.figures[i].value.value = old + 1), "2026-11-30T20:04:00Z", { fr: "Chiffre mal recopié.", en: "Figure miscopied." });
    const [note] = correctionNotes([summary], dataset, "en");
    expect(note!.heading).toBe("Correction of 30 November 2026");
    expect(note!.reason).toBe("Figure miscopied.");
    expect(note!.changes).toHaveLength(1);
    expect(note!.changes[0]!.what).toContain(base.candidates.find((c) => c.id === (figure.subject as { candidate: string }).candidate)!.name);
    expect(note!.changes[0]!.before).toEqual({ text: formatFigureValue(figure, "en") });
    expect(note!.changes[0]!.after).toEqual({ text: formatFigureValue({ ...figure, value: { kind: "single", value: old + 1 } }, "en") });
  });

  it("prints a removed quote verbatim, in French, before → absent", () => {
    const i = base.proposals.findIndex((p) => p.quotes.length > 1);
    const removed = base.proposals[i]!.quotes.at(-1)!;
    const { dataset, summary } = corrected((d) => d.proposals[i].quotes.pop());
    const [change] = correctionNotes([summary], dataset, "en")[0]!.changes;
    expect(change!.before).toEqual({ text: `« ${removed.text} »`, lang: "fr" });
    expect(change!.after).toEqual({ text: "(absent)" });
  });

  it("words an attribution and a theme, not their ids", () => {
    const i = base.proposals.findIndex((p) => p.attribution.by === "candidate");
    const p = base.proposals[i]!;
    const attribution = { datum: { collection: "proposals", id: p.id, candidate: p.candidate }, field: ["attribution"] };
    expect(formatChangedValue(p.attribution, attribution, base, "fr").text).toBe(formatOwner(base, p.attribution, p.candidate, "fr"));
    expect(formatChangedValue(base.themes[0]!.id, { datum: attribution.datum, field: ["theme"] }, base, "en").text).toBe(base.themes[0]!.shortLabel.en);
    expect(formatChangedValue(true, { datum: { collection: "election", id: "election" }, field: ["rounds", 1, "asAnnounced"] }, base, "fr").text).toBe("oui");
    expect(formatChangedValue({ fr: "Résumé", en: "Summary" }, { datum: attribution.datum, field: ["summary"] }, base, "fr")).toEqual({ text: "Résumé", lang: "fr" });
  });
});
