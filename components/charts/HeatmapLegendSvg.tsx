// The heatmap's key drawn in SVG, for standalone exports (SVG, PNG) and slides, where the HTML
// legend cannot go. The stances are titled by the data's contested themes, as in the HTML key.

import { contestedThemes } from "@/lib/charts/common";
import type { LegendProps, LegendSvg } from "@/lib/charts/types";
import { LEVEL_FILLS, LEVEL_TEXT } from "@/lib/color/palette";
import { DRAWN_STANCES, STANCE_SYMBOLS } from "@/lib/geometry/heatmap";
import { wrapText } from "@/lib/geometry/shared";
import { getDictionary } from "@/lib/i18n";
import { HATCH_ID } from "./HeatmapChart";
import { lineSpans } from "./line-spans";

const ROW_H = 20;
const SWATCH = 14;
/** Swatches are a little wider than tall, like the cells they stand for. */
const SWATCH_W = SWATCH + 6;
const GAP_SWATCH_LABEL = 8;
/** Baselines inside a row: titles and labels, and the digit printed on a swatch. */
const LABEL_BASELINE = 14;
const DIGIT_BASELINE = 13;
/**
 * The longest line of a label, in characters: French's longest level name (33) on one line, within
 * the width a slide gives the key beside the heatmap; a longer one (English's "Flagship proposal
 * according to the article") wraps instead of running past the key's edge.
 */
const LABEL_CHARS = 34;

type Row = { key: string; title: string } | { key: string; label: string; fill: string; digit?: { text: string; fill: string } } | { key: string; label: string; symbol: string };

/** One row per level and per stance symbol; the hatch pattern is the heatmap's own (same document). */
export function heatmapLegendSvg({ dataset, locale, x, y }: LegendProps & { x: number; y: number }): LegendSvg {
  const t = getDictionary(locale);
  const contested = contestedThemes(dataset, locale);
  const rows: Row[] = [
    { key: "title-levels", title: t.charts.heatmap.legendLevels },
    { key: "0", fill: `url(#${HATCH_ID})`, label: t.levels[0] },
    ...([1, 2, 3] as const).map((l) => ({ key: String(l), fill: LEVEL_FILLS[l], digit: { text: String(l), fill: LEVEL_TEXT[l] }, label: t.levels[l] })),
    ...(contested ? [{ key: "title-stances", title: contested }, ...DRAWN_STANCES.map((s) => ({ key: s, symbol: STANCE_SYMBOLS[s] ?? "", label: t.stances[s] }))] : []),
  ];
  // Each row takes as many lines as its wrapped label or title.
  const lines = rows.map((row) => wrapText("title" in row ? row.title : row.label, LABEL_CHARS));
  const tops = lines.map((_, i) => lines.slice(0, i).reduce((sum, l) => sum + l.length * ROW_H, 0));
  const element = (
    <g className="legend-svg" transform={`translate(${x} ${y})`}>
      {rows.map((row, i) => {
        const rowY = tops[i]!;
        if ("title" in row) {
          return (
            <text key={row.key} x="0" y={rowY + LABEL_BASELINE} className="chart-row-label">
              {lineSpans(lines[i]!, "0", ROW_H)}
            </text>
          );
        }
        return (
          <g key={row.key} transform={`translate(0 ${rowY})`}>
            {"fill" in row ? (
              <>
                <rect x="0" y="2" width={SWATCH_W} height={SWATCH} rx="2" fill={row.fill} className="heatmap-rect" />
                {row.digit && (
                  <text x={SWATCH_W / 2} y={DIGIT_BASELINE} textAnchor="middle" fill={row.digit.fill} className="legend-svg-digit">
                    {row.digit.text}
                  </text>
                )}
              </>
            ) : (
              <text x={SWATCH_W / 2} y={LABEL_BASELINE} textAnchor="middle" className="legend-svg-label">
                {row.symbol}
              </text>
            )}
            <text x={SWATCH_W + GAP_SWATCH_LABEL} y={LABEL_BASELINE} className="legend-svg-label">
              {lineSpans(lines[i]!, String(SWATCH_W + GAP_SWATCH_LABEL), ROW_H)}
            </text>
          </g>
        );
      })}
    </g>
  );
  return { element, height: lines.reduce((sum, l) => sum + l.length * ROW_H, 0) };
}
