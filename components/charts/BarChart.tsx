// Hook-free horizontal bars (the figure-bars kind): placed rows -> SVG. Every bar and every
// "no figure" line is a link to the quote it comes from. Every text's place comes from the geometry.
// biome-ignore-all lint/a11y/useAnchorContent: a candidate without a figure is a link named by aria-label (name and lines in full words); its drawn lines are hidden so they are not read twice.
import { Fragment } from "react";
import type { ChartSvgProps } from "@/lib/charts/types";
import type { BarLayout } from "@/lib/geometry/bars";
import { type PlacedText, pct } from "@/lib/geometry/shared";
import { lineSpans } from "./line-spans";
import { svgBox, textAt } from "./text-at";

/** What a candidate without a figure shows instead of bars: lines of text, a link to why. */
function Lines({ lines, text, href, label }: { lines: string[]; text: PlacedText; href: string; label: string }) {
  return (
    <a href={href} aria-label={label} className="bar-missing">
      <text {...textAt(text)} aria-hidden="true">
        {lineSpans(lines, pct(text.x))}
      </text>
    </a>
  );
}

/** Rows of labelled bars on one axis, with an optional reference line. */
export function BarChart({ layout, titleId, descId, box }: ChartSvgProps<BarLayout>) {
  return (
    <svg className="chart chart-bars" {...svgBox(box)} height={layout.height} role="group" aria-labelledby={titleId} aria-describedby={descId}>
      <g aria-hidden="true" className="chart-axis">
        {layout.ticks.map((t) => (
          <Fragment key={t.label}>
            <line x1={pct(t.x)} x2={pct(t.x)} y1={t.top} y2={layout.axisY} className="chart-grid" />
            <text {...textAt(t.text)} className="chart-tick">
              {t.label}
            </text>
          </Fragment>
        ))}
        {layout.reference && (
          <g className="chart-reference">
            <line x1={pct(layout.reference.x)} x2={pct(layout.reference.x)} y1={layout.reference.top} y2={layout.reference.bottom} />
            <text {...textAt(layout.reference.text)} className="chart-tick">
              {layout.reference.label}
            </text>
          </g>
        )}
      </g>
      {layout.rows.map((row) => (
        <g key={row.candidate} className={row.highlighted ? "bar-row bar-row--highlighted" : "bar-row"} data-candidate={row.candidate}>
          <text {...textAt(row.nameText)} className={row.highlighted ? "chart-label chart-label--highlighted" : "chart-label"} aria-hidden="true">
            {row.name}
          </text>
          {row.detail && row.detailText && (
            <text {...textAt(row.detailText)} className="chart-detail" aria-hidden="true">
              {row.detail}
            </text>
          )}
          {row.bars.map((bar, i) => (
            <a key={i} href={bar.href} aria-label={bar.label} className={`bar bar--${bar.variant}`}>
              <rect x="0" y={bar.y} width={pct(Math.max(bar.width, 0.5))} height={bar.height} rx="2" className="bar-rect" />
              <text {...textAt(bar.valueText)} className={bar.valueText.inside ? "bar-value bar-value--inside" : "bar-value"} aria-hidden="true">
                {bar.valueLabel}
              </text>
            </a>
          ))}
          {row.missing && row.missingText && <Lines lines={row.missing.lines} text={row.missingText} href={row.missing.href} label={row.missing.label} />}
        </g>
      ))}
    </svg>
  );
}
