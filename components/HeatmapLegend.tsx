// The heatmap's key: what each level and stance symbol means, in words (colour is never the only
// code). The stances are titled by the data's contested themes; without any, no stance is drawn.

import { contestedThemes } from "@/lib/charts/common";
import type { LegendProps } from "@/lib/charts/types";
import { LEVEL_FILLS, LEVEL_TEXT } from "@/lib/color/palette";
import { LEVELS } from "@/lib/dataset/constants";
import { DRAWN_STANCES, STANCE_SYMBOLS } from "@/lib/geometry/heatmap";
import { getDictionary } from "@/lib/i18n";

/** Swatches with their printed level, the silent hatch, and the stance symbols. */
export function HeatmapLegend({ dataset, locale }: LegendProps) {
  const t = getDictionary(locale);
  const contested = contestedThemes(dataset, locale);
  return (
    <div className="chart-legend">
      <p className="chart-legend-title">{t.charts.heatmap.legendLevels}</p>
      <ul>
        <li>
          <span className="legend-swatch legend-swatch--silent" aria-hidden="true" />
          {t.levels[0]}
        </li>
        {LEVELS.filter((level) => level !== 0).map((level) => (
          <li key={level}>
            <span className="legend-swatch" style={{ background: LEVEL_FILLS[level], color: LEVEL_TEXT[level] }} aria-hidden="true">
              {level}
            </span>
            {t.levels[level]}
          </li>
        ))}
      </ul>
      {contested && (
        <>
          <p className="chart-legend-title">{contested}</p>
          <ul>
            {DRAWN_STANCES.map((s) => (
              <li key={s}>
                <span className="legend-symbol" aria-hidden="true">
                  {STANCE_SYMBOLS[s]}
                </span>
                {t.stances[s]}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
