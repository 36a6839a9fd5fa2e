// Horizontal bar geometry of the figure-bars kind: each candidate is a label line above one or
// more bars; a candidate without a figure gets lines of text instead of a bar. Every text's place
// (value labels inside or after their bar, ticks, the reference label) is decided here.
import { scaleLinear } from "@visx/scale";
import { LINE_HEIGHT, type PlacedText, placeText, round } from "./shared";

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
  /** The value label: inside the bar's end when the bar is long enough, after it otherwise. */
  valueText: PlacedText & { inside: boolean };
}

/** One row placed: the name line, the detail line, the bars, or the lines said instead of bars. */
export interface PlacedBarRow extends Omit<BarRow, "bars"> {
  nameText: PlacedText;
  detailText?: PlacedText;
  bars: PlacedBar[];
  /** The first line of the missing text; the others follow at LINE_HEIGHT. */
  missingText?: PlacedText;
}

export interface BarLayout {
  height: number;
  rows: PlacedBarRow[];
  ticks: { x: number; label: string; top: number; text: PlacedText }[];
  axisY: number;
  reference?: { x: number; label: string; top: number; bottom: number; text: PlacedText };
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
  /** A value label goes inside a bar at least this long (percent of the width), after it otherwise. */
  LABEL_INSIDE_FROM: 45,
  /** The gap between a bar's end and its value label, in px. */
  GAP_BAR_LABEL: 6,
  /** From a bar's middle to the baseline of its value label (text centred on the bar). */
  VALUE_BASELINE: 4,
  /** From the axis to the ticks' baseline. */
  TICK_BASELINE: 16,
  /** Grid lines start a little above the first row. */
  GRID_OVERHANG: 4,
  /** The reference label sits right of its line, its baseline a little under the line's top. */
  REFERENCE_GAP: 4,
  REFERENCE_OVERHANG: 8,
} as const;

/** Places rows top to bottom on one linear scale from 0 to the largest value (and the reference). */
export function layoutBars(input: BarInput): BarLayout {
  const { TOP, LABEL_H, BAR_H, BAR_GAP, ROW_GAP, AXIS_H, MAX_X, TICKS } = BARS;
  const max = Math.max(input.reference?.value ?? 0, ...input.rows.flatMap((r) => r.bars.map((b) => b.value)), 1);
  const x = scaleLinear({ domain: [0, max], range: [0, MAX_X], nice: TICKS });
  let y = TOP;
  const rows = input.rows.map((row): PlacedBarRow => {
    const nameText = placeText(0, y + LABEL_H - 6);
    y += LABEL_H;
    let detailText: PlacedText | undefined;
    if (row.detail) {
      detailText = placeText(0, y + LINE_HEIGHT - 6);
      y += LINE_HEIGHT;
    }
    const bars = row.bars.map((bar): PlacedBar => {
      const width = round(x(bar.value));
      const inside = width >= BARS.LABEL_INSIDE_FROM;
      const valueText = { ...placeText(width, y + BAR_H / 2 + BARS.VALUE_BASELINE, inside ? "end" : "start", inside ? -BARS.GAP_BAR_LABEL : BARS.GAP_BAR_LABEL), inside };
      const placed = { ...bar, x: 0, width, y, height: BAR_H, valueText };
      y += BAR_H + BAR_GAP;
      return placed;
    });
    let missingText: PlacedText | undefined;
    if (bars.length === 0) {
      const lines = row.missing?.lines.length ?? 1;
      missingText = placeText(0, y + LINE_HEIGHT - 4);
      y += lines * LINE_HEIGHT + BAR_GAP;
    }
    y += ROW_GAP - BAR_GAP;
    return { ...row, nameText, detailText, bars, missingText };
  });
  const axisY = y;
  const reference = input.reference && { x: round(x(input.reference.value)), label: input.reference.label, top: TOP - BARS.REFERENCE_OVERHANG, bottom: axisY };
  return {
    height: axisY + AXIS_H,
    rows,
    ticks: x.ticks(TICKS).map((v) => {
      const at = round(x(v));
      // The first tick starts at the chart's left edge so it is not cut off; the others centre on their line.
      return { x: at, label: input.tick(v), top: TOP - BARS.GRID_OVERHANG, text: placeText(at, axisY + BARS.TICK_BASELINE, at === 0 ? "start" : "middle") };
    }),
    axisY,
    reference: reference && { ...reference, text: placeText(reference.x, reference.top + BARS.REFERENCE_GAP, "start", BARS.REFERENCE_GAP) },
  };
}
