// Hook-free keyword chart: the article's unattributed count as six unnamed squares, attributed
// terms as dots in candidate columns, and derived counts as sized circles with their number.
import type { ChartSvgProps } from "@/lib/charts/types";
import type { KeywordsLayout } from "@/lib/geometry/keywords";
import { LINE_HEIGHT, pct, round } from "@/lib/geometry/shared";

/** A count is printed inside its circle from this radius, beside it below. */
const NUMBER_INSIDE_FROM = 9;

/** Wrapped text: one tspan per line, left-aligned. */
function Lines({ lines, y, className }: { lines: string[]; y: number; className: string }) {
  return (
    <text x="0" y={y} className={className} aria-hidden="true">
      {lines.map((line, i) => (
        <tspan key={i} x="0" dy={i === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The keyword chart's three blocks. */
export function KeywordsChart({ layout, titleId, descId, box }: ChartSvgProps<KeywordsLayout>) {
  const a = layout.absent;
  return (
    <svg className="chart chart-keywords" x={box?.x} y={box?.y} width={box?.width ?? "100%"} height={layout.height} role="group" aria-labelledby={titleId} aria-describedby={descId}>
      <g aria-hidden="true">
        {layout.headings.map((h) => (
          <Lines key={h.y} lines={h.lines} y={h.y} className="chart-heading" />
        ))}
        {layout.columnHeaderYs.map((y) => (
          <g key={y}>
          {layout.columns.map((c) => (
            <text key={`${y}-${c.candidate}`} x={pct(c.x + c.width / 2)} textAnchor="middle" y={y} className={c.highlighted ? "chart-label chart-col-label chart-label--highlighted" : "chart-label chart-col-label"}>
              {c.label}
            </text>
          ))}
          </g>
        ))}
      </g>
      {a && (
        <a href={a.href} aria-label={a.label} data-tip={a.label} className="keyword-absent">
          <Lines lines={a.caption} y={a.captionY} className="chart-row-label" />
          {a.squares.map((s, i) => (
            <rect key={i} x={s.x} y={s.y} width={s.size} height={s.size} rx="3" className={s.marked ? "keyword-square keyword-square--marked" : "keyword-square"} />
          ))}
        </a>
      )}
      {layout.attributed.map((term) => (
        <g key={term.captionY}>
          <Lines lines={term.caption} y={term.captionY} className="chart-row-label" />
          {term.dots.map((dot) => (
            <a key={dot.candidate} href={term.href} aria-label={dot.label} data-tip={dot.label} data-candidate={dot.candidate} className="keyword-dot">
              <circle cx={pct(dot.x)} cy={dot.y} r={dot.used ? 8 : 4} className={dot.used ? "keyword-dot--used" : "keyword-dot--unused"} />
            </a>
          ))}
        </g>
      ))}
      {layout.derived.map((k) => (
        <g key={k.captionY}>
          <Lines lines={k.caption} y={k.captionY} className="chart-row-label" />
          {k.circles.map((c) => {
            const inside = c.r >= NUMBER_INSIDE_FROM;
            return (
              <a key={c.candidate} href={c.href} aria-label={c.label} data-tip={c.label} className="keyword-count" data-candidate={c.candidate}>
                {c.count > 0 && <circle cx={pct(c.x)} cy={c.y} r={c.r} className="keyword-circle" />}
                <text x={pct(c.x)} y={round(c.y + 4)} dx={inside || c.count === 0 ? 0 : c.r + 3} textAnchor={inside || c.count === 0 ? "middle" : "start"} className={inside ? "keyword-number keyword-number--inside" : "keyword-number"} aria-hidden="true">
                  {c.count}
                </text>
              </a>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
