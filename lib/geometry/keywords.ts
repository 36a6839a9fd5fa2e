// Keyword geometry: the article's unattributed count (a row of programmes, tied to no candidate),
// the terms it attributes (dots in candidate columns), and derived counts (sized circles).
import { scaleBand, scaleSqrt } from "@visx/scale";
import { LINE_HEIGHT, round, wrapText } from "./shared";

export interface KeywordsInput {
  columns: { candidate: string; label: string; highlighted: boolean }[];
  /** "3 of 6 programmes lack the term": drawn as `outOf` squares, `count` of them marked, in no candidate's column. */
  absent?: { count: number; outOf: number; caption: string; label: string; href: string };
  /** Terms the article attributes: one row each, a dot where the candidate used it. */
  attributed: { term: string; caption: string; users: string[]; href: string; label: (candidate: string, used: boolean) => string }[];
  /** Derived: occurrences of chosen keywords in each candidate's quoted proposals. */
  derived: { keyword: string; caption: string; counts: Record<string, number>; href: (candidate: string) => string; label: (candidate: string, count: number) => string }[];
  headings: { article: string; derived: string };
}

export interface KeywordsLayout {
  height: number;
  columns: { candidate: string; label: string; highlighted: boolean; x: number; width: number }[];
  /** Baselines of the rows of candidate names (one above each block tied to candidates). */
  columnHeaderYs: number[];
  /** Text blocks are wrapped to fit a phone: each has its lines and the first baseline. */
  headings: { lines: string[]; y: number }[];
  absent?: { squares: { x: number; y: number; size: number; marked: boolean }[]; captionY: number; caption: string[]; label: string; href: string };
  attributed: { caption: string[]; captionY: number; href: string; dots: { candidate: string; x: number; y: number; used: boolean; label: string }[] }[];
  derived: { caption: string[]; captionY: number; circles: { candidate: string; x: number; y: number; r: number; count: number; label: string; href: string }[] }[];
}

export const KEYWORDS = {
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
} as const;

/** Places the three blocks top to bottom; candidate columns share the width as in the heatmap. */
export function layoutKeywords(input: KeywordsInput): KeywordsLayout {
  const K = KEYWORDS;
  const x = scaleBand({ domain: input.columns.map((c) => c.candidate), range: [0, 100], paddingInner: 0.06 });
  const centre = (candidate: string) => round((x(candidate) ?? 0) + x.bandwidth() / 2);
  const headings: KeywordsLayout["headings"] = [];
  let y = 0;

  const heading = (text: string) => {
    const lines = wrapText(text, K.HEADING_CHARS);
    headings.push({ lines, y: y + K.HEADING_H - 8 });
    y += K.HEADING_H + (lines.length - 1) * LINE_HEIGHT;
  };
  /** Reserves a wrapped caption's lines; returns them with the first baseline. */
  const caption = (text: string) => {
    const lines = wrapText(text, K.CAPTION_CHARS);
    const captionY = y + K.CAPTION_H - 6;
    y += K.CAPTION_H + (lines.length - 1) * LINE_HEIGHT;
    return { caption: lines, captionY };
  };
  heading(input.headings.article);
  let absent: KeywordsLayout["absent"];
  if (input.absent) {
    const a = input.absent;
    const { caption: lines, captionY } = caption(a.caption);
    const squares = Array.from({ length: a.outOf }, (_, i) => ({ x: i * (K.SQUARE + K.SQUARE_GAP), y: y + 2, size: K.SQUARE, marked: i < a.count }));
    y += K.MARK_H + K.ROW_GAP;
    absent = { squares, captionY, caption: lines, label: a.label, href: a.href };
  }
  const columnHeaderYs = [y + K.COLUMN_HEADER_H - 6];
  y += K.COLUMN_HEADER_H;
  const attributed = input.attributed.map((term) => {
    const placed = caption(term.caption);
    const dots = input.columns.map((c) => {
      const used = term.users.includes(c.candidate);
      return { candidate: c.candidate, x: centre(c.candidate), y: y + K.MARK_H / 2, used, label: term.label(c.candidate, used) };
    });
    y += K.MARK_H + K.ROW_GAP;
    return { ...placed, href: term.href, dots };
  });

  y += K.SECTION_GAP;
  heading(input.headings.derived);
  columnHeaderYs.push(y + K.COLUMN_HEADER_H - 6);
  y += K.COLUMN_HEADER_H;
  const max = Math.max(1, ...input.derived.flatMap((k) => input.columns.map((c) => k.counts[c.candidate] ?? 0)));
  const r = scaleSqrt({ domain: [0, max], range: [0, K.MAX_R] });
  const derived = input.derived.map((k) => {
    const placed = caption(k.caption);
    const circles = input.columns.map((c) => {
      const count = k.counts[c.candidate] ?? 0;
      return { candidate: c.candidate, x: centre(c.candidate), y: y + K.MARK_H / 2, r: round(r(count)), count, label: k.label(c.candidate, count), href: k.href(c.candidate) };
    });
    y += K.MARK_H + K.ROW_GAP;
    return { ...placed, circles };
  });

  return {
    height: y,
    columns: input.columns.map((c) => ({ ...c, x: round(x(c.candidate) ?? 0), width: round(x.bandwidth()) })),
    columnHeaderYs,
    headings,
    absent,
    attributed,
    derived,
  };
}
