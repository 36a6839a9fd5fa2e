// The heatmap's key: what each level and stance symbol means, in words (colour is never the only code).
import { LEVEL_FILLS, LEVEL_TEXT } from "@/lib/color/palette";
import { STANCE_SYMBOLS } from "@/lib/geometry/heatmap";
import { getDictionary, type Locale } from "@/lib/i18n";

export interface HeatmapLegendProps {
  locale: Locale;
}

/** Swatches with their printed level, the silent hatch, and the stance symbols. */
export function HeatmapLegend({ locale }: HeatmapLegendProps) {
  const t = getDictionary(locale);
  const h = t.charts["theme-heatmap"];
  const stances = (["against", "conditional", "undecided"] as const).map((s) => ({ s, symbol: STANCE_SYMBOLS[s] }));
  return (
    <div className="chart-legend">
      <p className="chart-legend-title">{h.legendLevels}</p>
      <ul>
        <li>
          <span className="legend-swatch legend-swatch--silent" aria-hidden="true" />
          {t.levels[0]}
        </li>
        {([1, 2, 3] as const).map((level) => (
          <li key={level}>
            <span className="legend-swatch" style={{ background: LEVEL_FILLS[level], color: LEVEL_TEXT[level] }} aria-hidden="true">
              {level}
            </span>
            {t.levels[level]}
          </li>
        ))}
      </ul>
      <p className="chart-legend-title">{h.legendStances}</p>
      <ul>
        {stances.map(({ s, symbol }) => (
          <li key={s}>
            <span className="legend-symbol" aria-hidden="true">
              {symbol}
            </span>
            {t.stances[s]}
          </li>
        ))}
      </ul>
    </div>
  );
}
