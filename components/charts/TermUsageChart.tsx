// Hook-free term-usage chart: the article's unattributed count as unnamed squares, attributed
// terms as dots in candidate columns, and derived counts as sized circles with their number.
// Every text's place comes from the geometry.
import { Fragment } from "react";
import type { ChartSvgProps } from "@/lib/charts/types";
import { pct } from "@/lib/geometry/shared";
import type { PlacedLines, TermUsageLayout } from "@/lib/geometry/term-usage";
import { columnLabelClass } from "./column-label";
import { lineSpans } from "./line-spans";
import { svgBox, textAt } from "./text-at";

/** Wrapped text: one tspan per line, under the first. */
function Lines({ block, className }: { block: PlacedLines; className: string }) {
  return (
    <text {...textAt(block.text)} className={className} aria-hidden="true">
      {lineSpans(block.lines, pct(block.text.x))}
    </text>
  );
}

/** The term-usage chart's three blocks. */
export function TermUsageChart({ layout, titleId, descId, box }: ChartSvgProps<TermUsageLayout>) {
  const a = layout.absent;
  return (
    <svg className="chart chart-term-usage" {...svgBox(box)} height={layout.height} role="group" aria-labelledby={titleId} aria-describedby={descId}>
      <g aria-hidden="true">
        {layout.headings.map((h) => (
          <Lines key={h.text.y} block={h} className="chart-heading" />
        ))}
        {layout.columnHeaders.map((names) => (
          <g key={names[0]?.text.y}>
            {names.map((c, i) => (
              <text key={c.candidate} {...textAt(c.text)} className={columnLabelClass(i, names.length, c.highlighted)}>
                {c.label}
              </text>
            ))}
          </g>
        ))}
      </g>
      {a && (
        <a href={a.href} aria-label={a.label} className="keyword-absent">
          <Lines block={a.caption} className="chart-row-label" />
          {a.squares.map((s, i) => (
            <rect key={i} x={s.x} y={s.y} width={s.size} height={s.size} rx="3" className={s.marked ? "keyword-square keyword-square--marked" : "keyword-square"} />
          ))}
        </a>
      )}
      {layout.attributed.map((term) => (
        <Fragment key={term.caption.text.y}>
          <Lines block={term.caption} className="chart-row-label" />
          {term.dots.map((dot) => (
            <a key={dot.candidate} href={term.href} aria-label={dot.label} data-candidate={dot.candidate} className="keyword-dot">
              <circle cx={pct(dot.x)} cy={dot.y} r={dot.r} className={dot.used ? "keyword-dot--used" : "keyword-dot--unused"} />
            </a>
          ))}
        </Fragment>
      ))}
      {layout.derived.map((k) => (
        <Fragment key={k.caption.text.y}>
          <Lines block={k.caption} className="chart-row-label" />
          {k.circles.map((c) => (
            <a key={c.candidate} href={c.href} aria-label={c.label} className="keyword-count" data-candidate={c.candidate}>
              {c.count > 0 && <circle cx={pct(c.x)} cy={c.y} r={c.r} className="keyword-circle" />}
              <text {...textAt(c.number)} className={c.number.inside ? "keyword-number keyword-number--inside" : "keyword-number"} aria-hidden="true">
                {c.count}
              </text>
            </a>
          ))}
        </Fragment>
      ))}
    </svg>
  );
}
