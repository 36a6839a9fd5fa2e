// Hook-free horizontal bars (cameras, rental caps): placed rows -> SVG. Every bar and every
// "no figure" line is a link to the quote it comes from.
import type { ChartSvgProps } from "@/lib/charts/types";
import { BARS, type BarLayout } from "@/lib/geometry/bars";
import { LINE_HEIGHT, pct, round } from "@/lib/geometry/shared";

/** Value labels go inside a bar longer than this (percent of the width), after it otherwise. */
const LABEL_INSIDE_FROM = 45;
const GAP_BAR_LABEL = 6;

/** Rows of labelled bars on one axis, with an optional reference line. */
export function BarChart({ layout, titleId, descId, box }: ChartSvgProps<BarLayout>) {
  return (
    <svg className="chart chart-bars" x={box?.x} y={box?.y} width={box?.width ?? "100%"} height={layout.height} role="group" aria-labelledby={titleId} aria-describedby={descId}>
      <g aria-hidden="true" className="chart-axis">
        {layout.ticks.map((t) => (
          <g key={t.label}>
            <line x1={pct(t.x)} x2={pct(t.x)} y1={BARS.TOP - 4} y2={layout.axisY} className="chart-grid" />
            <text x={pct(t.x)} y={layout.axisY + 16} textAnchor={t.x === 0 ? "start" : "middle"} className="chart-tick">
              {t.label}
            </text>
          </g>
        ))}
        {layout.reference && (
          <g className="chart-reference">
            <line x1={pct(layout.reference.x)} x2={pct(layout.reference.x)} y1={layout.reference.top} y2={layout.reference.bottom} />
            <text x={pct(layout.reference.x)} dx="4" y={layout.reference.top + 4} className="chart-tick">
              {layout.reference.label}
            </text>
          </g>
        )}
      </g>
      {layout.rows.map((row) => (
        <g key={row.candidate} className={row.highlighted ? "bar-row bar-row--highlighted" : "bar-row"} data-candidate={row.candidate}>
          <text x="0" y={row.labelY} className={row.highlighted ? "chart-label chart-label--highlighted" : "chart-label"} aria-hidden="true">
            {row.name}
          </text>
          {row.detail && row.detailY !== undefined && (
            <text x="0" y={row.detailY} className="chart-detail" aria-hidden="true">
              {row.detail}
            </text>
          )}
          {row.bars.map((bar, i) => {
            const inside = bar.width >= LABEL_INSIDE_FROM;
            return (
              <a key={i} href={bar.href} aria-label={bar.label} data-tip={bar.label} className={`bar bar--${bar.variant}`}>
                <rect x="0" y={bar.y} width={pct(Math.max(bar.width, 0.5))} height={bar.height} rx="2" className="bar-rect" />
                <text
                  x={pct(bar.width)}
                  dx={inside ? -GAP_BAR_LABEL : GAP_BAR_LABEL}
                  y={round(bar.y + bar.height / 2 + 4)}
                  textAnchor={inside ? "end" : "start"}
                  className={inside ? "bar-value bar-value--inside" : "bar-value"}
                  aria-hidden="true"
                >
                  {bar.valueLabel}
                </text>
              </a>
            );
          })}
          {row.missing && row.missingY !== undefined && (
            <a href={row.missing.href} aria-label={row.missing.label} data-tip={row.missing.label} className="bar-missing">
              <text x="0" y={row.missingY} aria-hidden="true">
                {row.missing.lines.map((line, i) => (
                  <tspan key={i} x="0" dy={i === 0 ? 0 : LINE_HEIGHT}>
                    {line}
                  </tspan>
                ))}
              </text>
            </a>
          )}
        </g>
      ))}
    </svg>
  );
}
