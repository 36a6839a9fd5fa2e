// Horizontal bar geometry shared by the cameras and rental-caps charts: each candidate is a label
// line above one or more bars; a candidate without a figure gets a line of text instead of a bar.
import { scaleLinear } from "@visx/scale";
import { LINE_HEIGHT, round } from "./shared";

/** One bar as selected from the dataset. */
export interface BarDatum {
  value: number;
  /** Printed at the end of the bar, units included ("×4", "45 nuitées par an"). */
  valueLabel: string;
  /** How the bar is drawn: a stated value, one option among several, or a zone's value. */
  variant: "value" | "option" | "zone";
  /** The accessible name and tooltip text. */
  label: string;
  /** Where the bar leads: the figure's quote. */
  href: string;
}

/** One candidate's row. */
export interface BarRow {
  candidate: string;
  name: string;
  /** A second label line under the name: an option's chooser. */
  detail?: string;
  highlighted: boolean;
  bars: BarDatum[];
  /** Shown instead of bars when the source gives no figure. */
  missing?: { lines: string[]; label: string; href: string };
}

export interface BarInput {
  rows: BarRow[];
  /** A reference line (today's count, ×1), if the chart has one. */
  reference?: { value: number; label: string };
  /** Formats an axis tick. */
  tick: (value: number) => string;
}

export interface PlacedBar extends BarDatum {
  x: number;
  width: number;
  y: number;
  height: number;
}

export interface BarLayout {
  height: number;
  rows: (Omit<BarRow, "bars"> & { labelY: number; detailY?: number; bars: PlacedBar[]; missingY?: number })[];
  ticks: { x: number; label: string }[];
  axisY: number;
  reference?: { x: number; label: string; top: number; bottom: number };
}

export const BARS = {
  TOP: 22,
  LABEL_H: 20,
  BAR_H: 18,
  BAR_GAP: 4,
  ROW_GAP: 14,
  AXIS_H: 22,
  /** Bars end before 78% of the width so the value label always fits after them. */
  MAX_X: 78,
  TICKS: 5,
} as const;

/** Places rows top to bottom on one linear scale from 0 to the largest value (and the reference). */
export function layoutBars(input: BarInput): BarLayout {
  const { TOP, LABEL_H, BAR_H, BAR_GAP, ROW_GAP, AXIS_H, MAX_X, TICKS } = BARS;
  const max = Math.max(input.reference?.value ?? 0, ...input.rows.flatMap((r) => r.bars.map((b) => b.value)), 1);
  const x = scaleLinear({ domain: [0, max], range: [0, MAX_X], nice: TICKS });
  let y = TOP;
  const rows = input.rows.map((row) => {
    const labelY = y + LABEL_H - 6;
    y += LABEL_H;
    let detailY: number | undefined;
    if (row.detail) {
      detailY = y + LINE_HEIGHT - 6;
      y += LINE_HEIGHT;
    }
    const bars = row.bars.map((bar): PlacedBar => {
      const placed = { ...bar, x: 0, width: round(x(bar.value)), y, height: BAR_H };
      y += BAR_H + BAR_GAP;
      return placed;
    });
    let missingY: number | undefined;
    if (bars.length === 0) {
      const lines = row.missing?.lines.length ?? 1;
      missingY = y + LINE_HEIGHT - 4;
      y += lines * LINE_HEIGHT + BAR_GAP;
    }
    y += ROW_GAP - BAR_GAP;
    return { ...row, labelY, detailY, bars, missingY };
  });
  const axisY = y;
  return {
    height: axisY + AXIS_H,
    rows,
    ticks: x.ticks(TICKS).map((v) => ({ x: round(x(v)), label: input.tick(v) })),
    axisY,
    reference: input.reference && { x: round(x(input.reference.value)), label: input.reference.label, top: TOP - 8, bottom: axisY },
  };
}
