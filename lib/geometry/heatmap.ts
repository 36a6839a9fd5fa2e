// Heatmap geometry: themes (rows) × candidates (columns) -> placed cells. The level is printed in
// the cell and coloured on a sequential ramp; silent cells are hatched and labelled, never a 0.
import { scaleBand } from "@visx/scale";
import { LEVEL_FILLS, LEVEL_TEXT } from "../color/palette";
import type { LevelValue, StanceValue } from "../dataset/schema";
import { type PlacedText, placeText, round } from "./shared";

/** One candidate × theme, as selected from the dataset. */
export interface HeatmapDatum {
  candidate: string;
  theme: string;
  level: LevelValue;
  stance?: StanceValue;
  /** Where activating the cell leads (the panel with its quotes). */
  href: string;
  /** The accessible name and tooltip text. */
  label: string;
}

/** A heading of the grid: a candidate's column or a theme's row, with the page it leads to. */
interface HeatmapHeading {
  label: string;
  /** The candidate's or theme's own page (all their positions, with quotes). */
  href: string;
}

export interface HeatmapInput {
  columns: (HeatmapHeading & { candidate: string; highlighted: boolean })[];
  rows: (HeatmapHeading & { theme: string })[];
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
  /** The printed level (with its stance symbol), centred in the cell; a silent cell's first line of words instead. */
  text: PlacedText;
}

export interface HeatmapLayout {
  height: number;
  columns: (HeatmapInput["columns"][number] & { x: number; width: number; text: PlacedText })[];
  rows: (HeatmapInput["rows"][number] & { text: PlacedText })[];
  cells: PlacedHeatmapCell[];
  silentText: [string, string];
  /** The shift from a silent cell's first line of words to its second, in em of their size (so larger words on a TV slide do not overlap). */
  silentLineGapEm: number;
}

export const HEATMAP = {
  HEADER_H: 40,
  ROW_LABEL_H: 20,
  CELL_H: 44,
  ROW_GAP: 10,
  PADDING_INNER: 0.06,
  /** Candidate names sit this far above the first row. */
  COLUMN_LABEL_LIFT: 10,
  /** A row label's baseline sits this far above its band of cells. */
  ROW_LABEL_LIFT: 6,
  /** The printed level's baseline, below the cell's middle (a 20 px digit looks centred). */
  LEVEL_DROP: 6,
  /** A silent cell's two lines of words: the first baseline just above the middle, the second this far under it. */
  SILENT_LIFT: 2,
  /** In em: 12 px at the page's 10 px words, 19 units at a slide's 16. */
  SILENT_LINE_GAP_EM: 1.2,
} as const;

/** Symbols that mark a contested theme's stance inside a cell (the words are in the legend and tooltip). */
export const STANCE_SYMBOLS: Record<StanceValue, string | null> = {
  against: "✕",
  conditional: "◐",
  undecided: "?",
  "not-mentioned": null,
};

/** The stances a cell marks with a symbol ("not mentioned" is a silent cell's, drawn as the hatch). */
export const DRAWN_STANCES = ["against", "conditional", "undecided"] as const;

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
      const left = round(x(c.candidate) ?? 0);
      const top = rowTop(row) + ROW_LABEL_H;
      const middle = top + CELL_H / 2;
      const centre = left + x.bandwidth() / 2;
      return {
        ...c,
        row,
        col: colIndex.get(c.candidate)!,
        x: left,
        width: round(x.bandwidth()),
        y: top,
        height: CELL_H,
        silent: c.level === 0,
        fill: c.level === 0 ? null : LEVEL_FILLS[c.level],
        textFill: c.level === 0 ? null : LEVEL_TEXT[c.level],
        text: c.level === 0 ? placeText(centre, middle - HEATMAP.SILENT_LIFT, "middle") : placeText(centre, middle + HEATMAP.LEVEL_DROP, "middle"),
        stanceSymbol: c.stance ? STANCE_SYMBOLS[c.stance] : null,
        highlighted: highlighted.has(c.candidate),
        open: input.openCell?.candidate === c.candidate && input.openCell.theme === c.theme,
      };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);

  return {
    height: rowTop(input.rows.length) - ROW_GAP,
    columns: input.columns.map((c) => {
      const left = x(c.candidate) ?? 0;
      return { ...c, x: round(left), width: round(x.bandwidth()), text: placeText(left + x.bandwidth() / 2, HEADER_H - HEATMAP.COLUMN_LABEL_LIFT, "middle") };
    }),
    rows: input.rows.map((r, i) => ({ ...r, text: placeText(0, rowTop(i) + ROW_LABEL_H - HEATMAP.ROW_LABEL_LIFT) })),
    cells,
    silentText: input.silentText,
    silentLineGapEm: HEATMAP.SILENT_LINE_GAP_EM,
  };
}
