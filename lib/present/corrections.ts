// Which slides a correction touches, so the audience screen can mark them and the notes window
// can say what changed. Pure and light (the presenter runs it in the browser when live data
// brings a new correction, never per key press). It reads the changed values of each correction
// (lib/dataset/changes.ts) rather than only its scope, because the scope alone would mark a
// candidate's spotlight for a figure of theirs that the spotlight does not show. Which chart
// instances a change shows on is each chart kind's own knowledge (registry `touches`).
import { changeTouches, chartSpec } from "../charts/registry";
import type { TextRun } from "../corrections/readable";
import type { ChangedDatum, ChangedValue, CorrectionSummary } from "../dataset/changes";
import type { Dataset } from "../dataset/schema";
import type { Locale } from "../i18n/locales";
import type { Slide } from "./deck";

/** A changed value in words, as the public log reads it: which datum and field, the value before and after. */
export interface ChangeText {
  what: string;
  before: TextRun[];
  after: TextRun[];
}

/** Where a changed value is: what tells the slides it shows on. */
export type ChangePlace = Pick<ChangedValue, "datum" | "field" | "datumAfter">;

/**
 * A changed value as the presenter gets it: where it is, and its words in the languages asked for,
 * worked out on the server, which has the versions before and after (the browser has only the
 * latest). Several changed values of one field (an attribution's parts) read as the same words.
 */
export interface PresenterChange extends ChangePlace {
  text: Partial<Record<Locale, ChangeText[]>>;
}

/** A correction as the presenter gets it: date, reason, versions, scope, and each changed value in words. */
export interface PresenterCorrection extends Omit<CorrectionSummary, "changes"> {
  changes: PresenterChange[];
}

/** What the presenter knows of the served data: the version, the last check, a refused correction, and every correction summarised. */
export interface PresenterStatus {
  /** The served version's id (12 hex digits). */
  version: string;
  /** The served version's number: 1 as published, n + 1 after the n-th correction. */
  number: number;
  checkedAt: string;
  refused?: { at: string; problems: string[] };
  corrections: PresenterCorrection[];
}

/** Fields of a theme that every spotlight shows (none: the whole theme). */
const SPOTLIGHT_THEME_FIELDS = new Set<string | number | undefined>([undefined, "shortLabel"]);

/** The slides besides the charts' that a datum shows on. */
type Target = { kind: "title" | "sources" | "all-spotlights" } | { kind: "spotlight"; candidate?: string };

/** The dataset as the slide mapping reads it: its themes (for builds) and its chart instances. */
type DeckData = Pick<Dataset, "themes" | "presentation">;

/** What one changed datum shows on besides the charts: slide kinds rather than slide numbers. */
function targetsOf(datum: ChangedDatum, field: ChangePlace["field"], d: DeckData): Target[] {
  switch (datum.collection) {
    case "election":
    case "source":
      return [{ kind: "title" }, { kind: "sources" }];
    case "candidates":
    case "spokespeople":
    case "cells":
    case "proposals":
      return [{ kind: "spotlight", candidate: datum.candidate }];
    case "themes":
      return SPOTLIGHT_THEME_FIELDS.has(field[0]) ? [{ kind: "all-spotlights" }] : [];
    case "figures":
    case "measures": {
      // A figure no chart draws is told on its candidate's spotlight, where the notes can say it.
      const charted = d.presentation.charts.some((spec) => changeTouches(spec, datum, field) !== false);
      return !charted && datum.candidate ? [{ kind: "spotlight", candidate: datum.candidate }] : [];
    }
    default:
      return [];
  }
}

function matches(target: Target, slide: Slide): boolean {
  switch (target.kind) {
    case "title":
    case "sources":
      return slide.kind === target.kind;
    case "all-spotlights":
      return slide.kind === "candidate";
    case "spotlight":
      return slide.kind === "candidate" && slide.candidate === target.candidate;
  }
}

/** Whether a chart slide shows a changed datum, as the instance's kind says; a build that does not show the theme's row yet is not marked. */
function chartShows(slide: Slide, datum: ChangedDatum, field: ChangePlace["field"], d: DeckData): boolean {
  if (slide.kind !== "chart") return false;
  const spec = chartSpec(d, slide.slug);
  const touch = spec ? changeTouches(spec, datum, field) : false;
  if (typeof touch === "boolean") return touch;
  if ("part" in touch) return !slide.part || slide.part.index === touch.part;
  // A theme no longer in the data marks every build (the heatmap is split by themes: a part holds a range of rows).
  const row = d.themes.findIndex((t) => t.id === touch.theme);
  if (row < 0) return true;
  const inPart = !slide.part || (row >= slide.part.from && row < slide.part.to);
  return inPart && (slide.reveal === undefined || slide.reveal > row);
}

/** The slides (0-based) that show one changed value; the sources slide when none does, so the notes still tell it. */
function slidesOfChange(change: ChangePlace, deck: readonly Slide[], d: DeckData): number[] {
  const data = [change.datum, ...(change.datumAfter ? [change.datumAfter] : [])];
  const targets = data.flatMap((datum) => targetsOf(datum, change.field, d));
  const hit = deck.flatMap((slide, i) => (targets.some((t) => matches(t, slide)) || data.some((datum) => chartShows(slide, datum, change.field, d)) ? [i] : []));
  if (hit.length > 0) return hit;
  const sources = deck.findIndex((s) => s.kind === "sources");
  return sources < 0 ? [] : [sources];
}

/** The slides (0-based, in deck order) that show a value the correction changed (a value no slide shows: the sources slide). */
export function slidesAffected(correction: { changes: readonly ChangePlace[] }, deck: readonly Slide[], d: DeckData): number[] {
  return [...new Set(correction.changes.flatMap((c) => slidesOfChange(c, deck, d)))].sort((a, b) => a - b);
}

/** The summaries of the corrections a dataset's own log holds (the status may already know a later one). */
export function correctionsShown<C extends Pick<CorrectionSummary, "number" | "to">>(summaries: readonly C[], d: Pick<Dataset, "corrections">): C[] {
  return summaries.filter((s) => d.corrections[s.number - 1]?.to === s.to);
}

/** True when every correction of the dataset's log has its summary. */
export function summariesCover(summaries: readonly Pick<CorrectionSummary, "number" | "to">[], d: Pick<Dataset, "corrections">): boolean {
  return correctionsShown(summaries, d).length === d.corrections.length;
}

/** For each slide of the deck (by index), the corrections that touch it, oldest first, each with only the changes that slide shows. */
export function correctionsBySlide<C extends { changes: readonly ChangePlace[] }>(summaries: readonly C[], deck: readonly Slide[], d: DeckData): C[][] {
  const bySlide: C[][] = deck.map(() => []);
  for (const summary of summaries) {
    const changesBySlide = new Map<number, C["changes"][number][]>();
    for (const change of summary.changes) for (const i of slidesOfChange(change, deck, d)) changesBySlide.set(i, [...(changesBySlide.get(i) ?? []), change]);
    for (const [i, changes] of [...changesBySlide].sort(([a], [b]) => a - b)) bySlide[i]!.push({ ...summary, changes });
  }
  return bySlide;
}
