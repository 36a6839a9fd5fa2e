// Term-usage geometry: the article's unattributed count (a row of documents, tied to no
// candidate), the terms it attributes (dots in candidate columns), and derived keyword counts
// (sized circles). Every text's place, and whether a count fits inside its circle, is decided here.
import { scaleBand, scaleSqrt } from "@visx/scale";
import { LINE_HEIGHT, type PlacedText, placeText, round, wrapText } from "./shared";

export interface TermUsageInput {
  columns: { candidate: string; label: string; highlighted: boolean }[];
  /** "3 of 6 programmes lack the term": drawn as `outOf` squares, `count` of them marked, in no candidate's column. */
  absent?: { count: number; outOf: number; caption: string; label: string; href: string };
  /** Terms the article attributes: one row each, a dot where the candidate used it. */
  attributed: { term: string; caption: string; users: string[]; href: string; label: (candidate: string, used: boolean) => string }[];
  /** Derived: occurrences of the instance's chosen words in each candidate's quoted proposals. */
  derived: { keyword: string; caption: string; counts: Record<string, number>; href: (candidate: string) => string; label: (candidate: string, count: number) => string }[];
  headings: { article: string; derived: string };
  /** The one block a slide shows when the presenter splits the chart in two (the article's findings, or the derived counts); both when absent. */
  only?: "article" | "derived";
}

/** Wrapped lines of text: the first line's place; the others follow at LINE_HEIGHT. */
export interface PlacedLines {
  lines: string[];
  text: PlacedText;
}

export interface TermUsageLayout {
  height: number;
  columns: { candidate: string; label: string; highlighted: boolean; x: number; width: number }[];
  /** The rows of candidate names (one above each block tied to candidates): each name placed. */
  columnHeaders: { candidate: string; label: string; highlighted: boolean; text: PlacedText }[][];
  /** Text blocks are wrapped to fit a phone. */
  headings: PlacedLines[];
  absent?: { squares: { x: number; y: number; size: number; marked: boolean }[]; caption: PlacedLines; label: string; href: string };
  attributed: { caption: PlacedLines; href: string; dots: { candidate: string; x: number; y: number; r: number; used: boolean; label: string }[] }[];
  derived: {
    caption: PlacedLines;
    circles: { candidate: string; x: number; y: number; r: number; count: number; label: string; href: string; number: PlacedText & { inside: boolean } }[];
  }[];
}

export const TERM_USAGE = {
  HEADING_H: 26,
  COLUMN_HEADER_H: 34,
  CAPTION_H: 20,
  /** Wrap widths in characters: about 280 px at the chart's font sizes, so a 320 px phone fits. */
  CAPTION_CHARS: 36,
  HEADING_CHARS: 30,
  MARK_H: 30,
  ROW_GAP: 8,
  SQUARE: 22,
  SQUARE_GAP: 6,
  MAX_R: 13,
  SECTION_GAP: 18,
  /** Dots of an attributed term: large where the article names the candidate, small elsewhere. */
  DOT_USED_R: 8,
  DOT_UNUSED_R: 4,
  /** A count is printed inside its circle from this radius, beside it otherwise. */
  NUMBER_INSIDE_FROM: 9,
  /** The gap between a circle and a count printed beside it, in px. */
  NUMBER_GAP: 3,
  /** From a circle's centre to its count's baseline (text centred on the circle). */
  NUMBER_BASELINE: 4,
  /** From a text block's bottom to its baseline. */
  BASELINE_LIFT: 6,
  HEADING_LIFT: 8,
} as const;

/** Places the three blocks top to bottom; candidate columns share the width as in the heatmap. */
export function layoutTermUsage(input: TermUsageInput): TermUsageLayout {
  const K = TERM_USAGE;
  const x = scaleBand({ domain: input.columns.map((c) => c.candidate), range: [0, 100], paddingInner: 0.06 });
  const centre = (candidate: string) => round((x(candidate) ?? 0) + x.bandwidth() / 2);
  const headings: PlacedLines[] = [];
  const columnHeaders: TermUsageLayout["columnHeaders"] = [];
  let y = 0;

  const heading = (text: string) => {
    const lines = wrapText(text, K.HEADING_CHARS);
    headings.push({ lines, text: placeText(0, y + K.HEADING_H - K.HEADING_LIFT) });
    y += K.HEADING_H + (lines.length - 1) * LINE_HEIGHT;
  };
  /** Reserves a wrapped caption's lines. */
  const caption = (text: string): PlacedLines => {
    const lines = wrapText(text, K.CAPTION_CHARS);
    const placed = { lines, text: placeText(0, y + K.CAPTION_H - K.BASELINE_LIFT) };
    y += K.CAPTION_H + (lines.length - 1) * LINE_HEIGHT;
    return placed;
  };
  /** A row of candidate names above a block of marks in their columns. */
  const columnHeader = () => {
    const baseline = y + K.COLUMN_HEADER_H - K.BASELINE_LIFT;
    columnHeaders.push(input.columns.map((c) => ({ ...c, text: placeText(centre(c.candidate), baseline, "middle") })));
    y += K.COLUMN_HEADER_H;
  };

  const article = input.only !== "derived";
  const derivedShown = input.only !== "article";
  if (article) heading(input.headings.article);
  let absent: TermUsageLayout["absent"];
  if (article && input.absent) {
    const a = input.absent;
    const placed = caption(a.caption);
    const squares = Array.from({ length: a.outOf }, (_, i) => ({ x: i * (K.SQUARE + K.SQUARE_GAP), y: y + 2, size: K.SQUARE, marked: i < a.count }));
    y += K.MARK_H + K.ROW_GAP;
    absent = { squares, caption: placed, label: a.label, href: a.href };
  }
  if (article) columnHeader();
  const attributed = (article ? input.attributed : []).map((term) => {
    const placed = caption(term.caption);
    const dots = input.columns.map((c) => {
      const used = term.users.includes(c.candidate);
      return { candidate: c.candidate, x: centre(c.candidate), y: y + K.MARK_H / 2, r: used ? K.DOT_USED_R : K.DOT_UNUSED_R, used, label: term.label(c.candidate, used) };
    });
    y += K.MARK_H + K.ROW_GAP;
    return { caption: placed, href: term.href, dots };
  });

  if (article && derivedShown) y += K.SECTION_GAP;
  if (derivedShown) {
    heading(input.headings.derived);
    columnHeader();
  }
  const max = Math.max(1, ...input.derived.flatMap((k) => input.columns.map((c) => k.counts[c.candidate] ?? 0)));
  const r = scaleSqrt({ domain: [0, max], range: [0, K.MAX_R] });
  const derived = (derivedShown ? input.derived : []).map((k) => {
    const placed = caption(k.caption);
    const circles = input.columns.map((c) => {
      const count = k.counts[c.candidate] ?? 0;
      const radius = round(r(count));
      const cx = centre(c.candidate);
      const cy = y + K.MARK_H / 2;
      // A zero has no circle: its number stands centred where the circle would be.
      const inside = radius >= K.NUMBER_INSIDE_FROM;
      const centred = inside || count === 0;
      const number = { ...placeText(cx, cy + K.NUMBER_BASELINE, centred ? "middle" : "start", centred ? 0 : radius + K.NUMBER_GAP), inside };
      return { candidate: c.candidate, x: cx, y: cy, r: radius, count, label: k.label(c.candidate, count), href: k.href(c.candidate), number };
    });
    y += K.MARK_H + K.ROW_GAP;
    return { caption: placed, circles };
  });

  return {
    height: y,
    columns: input.columns.map((c) => ({ ...c, x: round(x(c.candidate) ?? 0), width: round(x.bandwidth()) })),
    columnHeaders,
    headings,
    absent,
    attributed,
    derived,
  };
}
