// Heatmap geometry: themes (rows) × candidates (columns) -> placed cells. The level is printed in
// the cell and coloured on a sequential ramp; silent cells are hatched and labelled, never a 0.
import { scaleBand } from "@visx/scale";
import { LEVEL_FILLS, LEVEL_TEXT } from "../color/palette";
import type { StanceValue } from "../dataset/schema";
import { round } from "./shared";

/** One candidate × theme, as selected from the dataset. */
export interface HeatmapDatum {
  candidate: string;
  theme: string;
  level: number;
  stance?: StanceValue;
  /** Where activating the cell leads (the panel with its quotes). */
  href: string;
  /** The accessible name and tooltip text. */
  label: string;
}

export interface HeatmapInput {
  columns: { candidate: string; label: string; highlighted: boolean }[];
  rows: { theme: string; label: string }[];
  cells: HeatmapDatum[];
  /** The two lines printed in a silent cell ("not" / "mentioned"). */
  silentText: [string, string];
  openCell?: { candidate: string; theme: string };
}

export interface PlacedHeatmapCell extends HeatmapDatum {
  row: number;
  col: number;
  /** Left edge and width, in percent of the chart's width. */
  x: number;
  width: number;
  y: number;
  height: number;
  silent: boolean;
  fill: string | null;
  textFill: string | null;
  stanceSymbol: string | null;
  highlighted: boolean;
  open: boolean;
}

export interface HeatmapLayout {
  height: number;
  columns: { candidate: string; label: string; highlighted: boolean; x: number; width: number }[];
  rows: { theme: string; label: string; labelY: number }[];
  cells: PlacedHeatmapCell[];
  silentText: [string, string];
}

export const HEATMAP = {
  HEADER_H: 40,
  ROW_LABEL_H: 20,
  CELL_H: 44,
  ROW_GAP: 10,
  PADDING_INNER: 0.06,
} as const;

/** Symbols that mark a contested theme's stance inside a cell (the words are in the legend and tooltip). */
export const STANCE_SYMBOLS: Record<StanceValue, string | null> = {
  against: "✕",
  conditional: "◐",
  undecided: "?",
  "not-mentioned": null,
};

/** Places every cell: columns share the width, each row is a label line above a band of cells. */
export function layoutHeatmap(input: HeatmapInput): HeatmapLayout {
  const { HEADER_H, ROW_LABEL_H, CELL_H, ROW_GAP, PADDING_INNER } = HEATMAP;
  const x = scaleBand({ domain: input.columns.map((c) => c.candidate), range: [0, 100], paddingInner: PADDING_INNER });
  const rowTop = (i: number) => HEADER_H + i * (ROW_LABEL_H + CELL_H + ROW_GAP);
  const rowIndex = new Map(input.rows.map((r, i) => [r.theme, i]));
  const colIndex = new Map(input.columns.map((c, i) => [c.candidate, i]));
  const highlighted = new Set(input.columns.filter((c) => c.highlighted).map((c) => c.candidate));

  const cells = input.cells
    .filter((c) => rowIndex.has(c.theme) && colIndex.has(c.candidate))
    .map((c): PlacedHeatmapCell => {
      const row = rowIndex.get(c.theme)!;
      const silent = c.level === 0;
      const level = c.level as 1 | 2 | 3;
      return {
        ...c,
        row,
        col: colIndex.get(c.candidate)!,
        x: round(x(c.candidate) ?? 0),
        width: round(x.bandwidth()),
        y: rowTop(row) + ROW_LABEL_H,
        height: CELL_H,
        silent,
        fill: silent ? null : LEVEL_FILLS[level],
        textFill: silent ? null : LEVEL_TEXT[level],
        stanceSymbol: c.stance ? STANCE_SYMBOLS[c.stance] : null,
        highlighted: highlighted.has(c.candidate),
        open: input.openCell?.candidate === c.candidate && input.openCell.theme === c.theme,
      };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);

  return {
    height: rowTop(input.rows.length) - ROW_GAP,
    columns: input.columns.map((c) => ({ ...c, x: round(x(c.candidate) ?? 0), width: round(x.bandwidth()) })),
    rows: input.rows.map((r, i) => ({ ...r, labelY: rowTop(i) + ROW_LABEL_H - 6 })),
    cells,
    silentText: input.silentText,
  };
}
