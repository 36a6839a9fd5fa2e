// The heatmap's key drawn in SVG, for standalone exports (SVG, PNG), where the HTML legend cannot go.
import { LEVEL_FILLS, LEVEL_TEXT } from "@/lib/color/palette";
import { STANCE_SYMBOLS } from "@/lib/geometry/heatmap";
import { getDictionary, type Locale } from "@/lib/i18n";

const ROW_H = 20;
const SWATCH = 14;
const GAP_SWATCH_LABEL = 8;

/** One row per level and per stance symbol; the hatch pattern is the heatmap's own (same document). */
export function heatmapLegendSvg({ locale, x, y }: { locale: Locale; x: number; y: number }) {
  const t = getDictionary(locale);
  const h = t.charts["theme-heatmap"];
  const rows = [
    { key: "title-levels", title: h.legendLevels },
    { key: "0", fill: "url(#heatmap-hatch)", label: t.levels[0] },
    ...([1, 2, 3] as const).map((l) => ({ key: String(l), fill: LEVEL_FILLS[l], digit: String(l), digitFill: LEVEL_TEXT[l], label: t.levels[l] })),
    { key: "title-stances", title: h.legendStances },
    ...(["against", "conditional", "undecided"] as const).map((s) => ({ key: s, symbol: STANCE_SYMBOLS[s]!, label: t.stances[s] })),
  ];
  const element = (
    <g className="legend-svg" transform={`translate(${x} ${y})`}>
      {rows.map((row, i) => {
        const rowY = i * ROW_H;
        if ("title" in row) {
          return (
            <text key={row.key} x="0" y={rowY + 14} className="chart-row-label">
              {row.title}
            </text>
          );
        }
        return (
          <g key={row.key} transform={`translate(0 ${rowY})`}>
            {"fill" in row ? (
              <>
                <rect x="0" y="2" width={SWATCH + 6} height={SWATCH} rx="2" fill={row.fill} className="heatmap-rect" />
                {"digit" in row && (
                  <text x={(SWATCH + 6) / 2} y="13" textAnchor="middle" fill={row.digitFill} className="legend-svg-digit">
                    {row.digit}
                  </text>
                )}
              </>
            ) : (
              <text x={(SWATCH + 6) / 2} y="14" textAnchor="middle" className="legend-svg-label">
                {row.symbol}
              </text>
            )}
            <text x={SWATCH + 6 + GAP_SWATCH_LABEL} y="14" className="legend-svg-label">
              {row.label}
            </text>
          </g>
        );
      })}
    </g>
  );
  return { element, height: rows.length * ROW_H };
}
