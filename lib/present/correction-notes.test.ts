// What the notes window says of a correction and of the served data: corrections made as
// `data:correct` makes them (the bundled file's own, and a few more), worded on the server
// (presenterCorrections) and told by correctionNotes, as the notes window does.

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CorrectionNotes } from "@/components/present/CorrectionNotes";
import type { TextRun } from "../corrections/readable";
import type { Dataset } from "../dataset/schema";
import { en } from "../i18n/en";
import { formatFigureValue, formatOwner, formatSpeaker } from "../i18n/format";
import { fr } from "../i18n/fr";
import { correctedDataset } from "../testing/corrected";
import { rawDataset } from "../testing/fixtures";
import { correctionNotes, statusLines } from "./correction-notes";
import { presenterCorrections } from "./status";

const base = rawDataset() as Dataset;
/** The measure the real data's "cameras" instance draws. */
const CAMERAS_MEASURE = base.presentation.charts.flatMap((c) => (c.kind === "figure-bars" && c.slug === "cameras" ? [c.measure] : []))[0];
const camera = base.figures.find((f) => f.measure === CAMERAS_MEASURE && f.value.kind === "single")!;
const quoted = base.proposals.find((p) => p.quotes.length > 1 && !p.quotes.at(-1)!.speech?.length)!;
const { versions } = correctedDataset([
  {
    edit: (d) => (d.figures.find((f: { id: string }) => f.id === camera.id).value.value += 1),
    // 23:30 UTC is already 1 December in Paris.
    date: "2026-11-30T23:30:00Z",
    reason: { fr: "Chiffre mal recopié.", en: "Figure miscopied." },
  },
  { edit: (d) => d.proposals.find((p: { id: string }) => p.id === quoted.id).quotes.pop(), date: "2026-12-01T09:00:00Z" },
]);
const corrections = presenterCorrections(versions);
const own = base.corrections.length;
const plain = (runs: TextRun[]) => runs.map((r) => r.text).join("");
/** Every changed value the notes print for every correction, in one language. */
const allChanges = (locale: "fr" | "en") => correctionNotes(corrections, locale).flatMap((n) => n.changes.map((c) => ({ what: c.what, before: plain(c.before), after: plain(c.after) })));

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

describe("correctionNotes(presenterCorrections(versions), locale)", () => {
  it("gives the date as the dashboard writes it (« 1er »), the reason in the presenter's language, and a figure before → after with its unit", () => {
    const [fr1, en1] = [correctionNotes([corrections[own]!], "fr")[0]!, correctionNotes([corrections[own]!], "en")[0]!];
    expect(fr1.heading).toBe("Correction du 1er décembre 2026");
    expect(en1.heading).toBe("Correction of 1 December 2026");
    expect(en1.reason).toBe("Figure miscopied.");
    expect(en1.changes).toHaveLength(1);
    const [change] = en1.changes;
    expect(change!.what).toContain(base.candidates.find((c) => c.id === (camera.subject as { candidate: string }).candidate)!.name);
    expect(plain(change!.before)).toBe(formatFigureValue(base, camera, "en"));
    expect(plain(change!.after)).toBe(formatFigureValue(base, { ...camera, value: { kind: "single", value: (camera.value as { value: number }).value + 1 } }, "en"));
  });

  it("prints a removed passage of narration under « L’article : », verbatim and marked French, before → absent", () => {
    const [change] = correctionNotes([corrections[own + 1]!], "en")[0]!.changes;
    const removed = quoted.quotes.at(-1)!;
    expect(change!.before).toEqual([{ text: "The article: " }, { text: removed.text, lang: "fr" }]);
    expect(change!.after).toEqual([{ text: en.corrections.absent }]);
  });

  it("words the real attribution correction as whose position it is and its quote's speaker, once each, with no raw path", () => {
    const n = base.corrections.findIndex((c) => c.patch.some((op) => /^\/proposals\/\d+\/attribution\/by$/.test(op.path)) && c.patch.some((op) => /\/speaker\//.test(op.path)));
    expect(n).toBeGreaterThanOrEqual(0);
    const [before, after] = [versions[n]!.dataset, versions[n + 1]!.dataset];
    const index = Number(base.corrections[n]!.patch.find((op) => op.path.endsWith("/attribution/by"))!.path.split("/")[2]);
    const [was, is] = [before.proposals[index]!, after.proposals[index]!];
    const { changes } = correctionNotes([corrections[n]!], "fr")[0]!;
    const attribution = changes.filter((c) => c.what.endsWith(`· ${fr.corrections.fields.attribution}`));
    expect(attribution).toHaveLength(1);
    expect(plain(attribution[0]!.before)).toBe(formatOwner(before, was.attribution, was.candidate, "fr"));
    expect(plain(attribution[0]!.after)).toBe(formatOwner(after, is.attribution, is.candidate, "fr"));
    const speaker = formatSpeaker(after, is.quotes[0]!.speech![0]!.speaker, "fr");
    expect(changes.some((c) => plain(c.after).includes(speaker))).toBe(true);
    for (const c of changes) expect(`${c.what} ${plain(c.before)} ${plain(c.after)}`).not.toMatch(/attribution\.by|speaker\.by|quotes\.\d|party → candidate/);
  });

  it("never prints a raw path or JSON for any real correction, in either language", () => {
    for (const locale of ["fr", "en"] as const) {
      const changes = allChanges(locale);
      expect(changes.length).toBeGreaterThan(base.corrections.length);
      for (const c of changes) {
        expect(`${c.what} ${c.before} ${c.after}`).not.toMatch(/[{}]|"words"|\w\.\d+\.\w/);
      }
    }
  });

  it("says each changed value once when several parts of it changed", () => {
    for (const note of correctionNotes(corrections, "fr")) expect(new Set(note.changes.map((c) => JSON.stringify(c))).size).toBe(note.changes.length);
  });
});

describe("CorrectionNotes", () => {
  it("marks the article's French in an English notes window and prints no raw value", () => {
    const status = { version: "0123456789ab", number: versions.length, checkedAt: "2026-11-30T20:03:10Z", corrections };
    const html = renderToStaticMarkup(createElement(CorrectionNotes, { status, corrections: [corrections[own + 1]!], locale: "en" }));
    expect(html).toContain(`The article: <span lang="fr">${quoted.quotes.at(-1)!.text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;")}</span>`);
    expect(html).toContain("Correction of 1 December 2026");
  });
});
