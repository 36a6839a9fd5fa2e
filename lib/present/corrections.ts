// Which slides a correction touches, so the audience screen can mark them and the notes window
// can say what changed. Pure and light (the presenter runs it in the browser when live data
// brings a new correction, never per key press). It reads the changed values of each correction
// (lib/dataset/changes.ts) rather than only its scope, because the scope alone would mark a
// candidate's spotlight for a figure of theirs that the spotlight does not show.
import { MEASURE as CAMERAS_MEASURE, STANCE_THEME as CAMERAS_STANCE_THEME } from "../charts/cameras";
import { MEASURE as RENTAL_CAPS_MEASURE } from "../charts/rental-caps";
import type { ChartSlug } from "../charts/types";
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

/** The measures each figure chart draws. */
const CHART_MEASURES: Partial<Record<ChartSlug, string>> = { cameras: CAMERAS_MEASURE, "rental-caps": RENTAL_CAPS_MEASURE };
/** Fields of a proposal that change the keywords chart's counts (none: the whole proposal was added or removed; `restates`: counted once). */
const KEYWORD_FIELDS = new Set<string | number | undefined>([undefined, "quotes", "candidate", "restates"]);
/** Fields of a theme that every spotlight shows (none: the whole theme). */
const SPOTLIGHT_THEME_FIELDS = new Set<string | number | undefined>([undefined, "shortLabel"]);

type Target = { kind: "title" | "sources" | "keywords" | "all-spotlights" } | { kind: "spotlight"; candidate?: string } | { kind: "heatmap"; theme?: string } | { kind: "measure"; measure?: string };

/** What one changed datum shows on, slide kinds rather than slide numbers. */
function targetsOf(datum: ChangedDatum, field: ChangePlace["field"]): Target[] {
  const first = field[0];
  switch (datum.collection) {
    case "election":
    case "source":
      return [{ kind: "title" }, { kind: "sources" }];
    case "candidates":
    case "spokespeople":
      return [{ kind: "spotlight", candidate: datum.candidate }];
    case "cells":
      return [{ kind: "heatmap", theme: datum.theme }, { kind: "spotlight", candidate: datum.candidate }, ...(datum.theme === CAMERAS_STANCE_THEME ? [{ kind: "measure" as const, measure: CAMERAS_MEASURE }] : [])];
    case "proposals":
      return [{ kind: "heatmap", theme: datum.theme }, { kind: "spotlight", candidate: datum.candidate }, ...(KEYWORD_FIELDS.has(first) ? [{ kind: "keywords" as const }] : [])];
    case "themes":
      return [{ kind: "heatmap", theme: datum.theme }, ...(SPOTLIGHT_THEME_FIELDS.has(first) ? [{ kind: "all-spotlights" as const }] : [])];
    case "figures":
    case "measures": {
      // A figure no chart draws is told on its candidate's spotlight, where the notes can say it.
      const charted = datum.measure !== undefined && Object.values(CHART_MEASURES).includes(datum.measure);
      return [{ kind: "measure", measure: datum.measure }, ...(!charted && datum.candidate ? [{ kind: "spotlight" as const, candidate: datum.candidate }] : [])];
    }
    case "termUsage":
      return [{ kind: "keywords" }];
    default:
      return [];
  }
}

function matches(target: Target, slide: Slide, themeIndex: (id: string) => number): boolean {
  switch (target.kind) {
    case "title":
    case "sources":
      return slide.kind === target.kind;
    case "keywords":
      return slide.kind === "chart" && slide.slug === "keywords";
    case "all-spotlights":
      return slide.kind === "candidate";
    case "spotlight":
      return slide.kind === "candidate" && slide.candidate === target.candidate;
    case "measure":
      return slide.kind === "chart" && target.measure !== undefined && CHART_MEASURES[slide.slug] === target.measure;
    case "heatmap": {
      if (slide.kind !== "chart" || slide.slug !== "theme-heatmap" || target.theme === undefined) return false;
      // A build that does not show the theme's row yet is not marked; a theme no longer in the data marks every build.
      const row = themeIndex(target.theme);
      return row < 0 || slide.reveal === undefined || slide.reveal > row;
    }
  }
}

/** The slides (0-based) that show one changed value; the sources slide when none does, so the notes still tell it. */
function slidesOfChange(change: ChangePlace, deck: readonly Slide[], themeIndex: (id: string) => number): number[] {
  const targets = [...targetsOf(change.datum, change.field), ...(change.datumAfter ? targetsOf(change.datumAfter, change.field) : [])];
  const hit = deck.flatMap((slide, i) => (targets.some((t) => matches(t, slide, themeIndex)) ? [i] : []));
  if (hit.length > 0) return hit;
  const sources = deck.findIndex((s) => s.kind === "sources");
  return sources < 0 ? [] : [sources];
}

const themeIndexOf = (d: Pick<Dataset, "themes">) => (id: string) => d.themes.findIndex((t) => t.id === id);

/** The slides (0-based, in deck order) that show a value the correction changed (a value no slide shows: the sources slide). */
export function slidesAffected(correction: { changes: readonly ChangePlace[] }, deck: readonly Slide[], d: Pick<Dataset, "themes">): number[] {
  const themeIndex = themeIndexOf(d);
  return [...new Set(correction.changes.flatMap((c) => slidesOfChange(c, deck, themeIndex)))].sort((a, b) => a - b);
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
export function correctionsBySlide<C extends { changes: readonly ChangePlace[] }>(summaries: readonly C[], deck: readonly Slide[], d: Pick<Dataset, "themes">): C[][] {
  const themeIndex = themeIndexOf(d);
  const bySlide: C[][] = deck.map(() => []);
  for (const summary of summaries) {
    const changesBySlide = new Map<number, C["changes"][number][]>();
    for (const change of summary.changes) for (const i of slidesOfChange(change, deck, themeIndex)) changesBySlide.set(i, [...(changesBySlide.get(i) ?? []), change]);
    for (const [i, changes] of [...changesBySlide].sort(([a], [b]) => a - b)) bySlide[i]!.push({ ...summary, changes });
  }
  return bySlide;
}
