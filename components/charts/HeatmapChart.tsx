// Hook-free heatmap: placed cells -> SVG. Each cell is a link (to the panel with its quotes), so
// it works without JavaScript; the HeatmapKeys island adds arrow-key movement on top.
import type { ChartSvgProps } from "@/lib/charts/types";
import { HEATMAP, type HeatmapLayout } from "@/lib/geometry/heatmap";
import { pct, round } from "@/lib/geometry/shared";

const HATCH_ID = "heatmap-hatch";

/** The theme × candidate grid, one `<a class="heatmap-cell">` per cell. */
export function HeatmapChart({ layout, titleId, descId, box }: ChartSvgProps<HeatmapLayout>) {
  return (
    <svg className="chart chart-heatmap" x={box?.x} y={box?.y} width={box?.width ?? "100%"} height={layout.height} role="group" aria-labelledby={titleId} aria-describedby={descId} data-heatmap="">
      <defs>
        <pattern id={HATCH_ID} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" className="heatmap-hatch-bg" />
          <line x1="0" y1="0" x2="0" y2="8" className="heatmap-hatch-line" />
        </pattern>
      </defs>
      <g aria-hidden="true">
        <g>
        {layout.columns.map((c) => (
          <text key={c.candidate} x={pct(c.x + c.width / 2)} textAnchor="middle" y={HEATMAP.HEADER_H - 10} className={c.highlighted ? "chart-label chart-col-label chart-label--highlighted" : "chart-label chart-col-label"}>
            {c.label}
          </text>
        ))}
        </g>
        {layout.rows.map((r, i) => (
          <text key={r.theme} x="0" y={r.labelY} className="chart-row-label" data-row={i}>
            {r.label}
          </text>
        ))}
      </g>
      {layout.cells.map((c) => {
        const centre = pct(c.x + c.width / 2);
        const classes = ["heatmap-cell", c.silent && "heatmap-cell--silent", c.highlighted && "heatmap-cell--highlighted", c.open && "heatmap-cell--open"];
        return (
          <a
            key={`${c.candidate}-${c.theme}`}
            href={c.href}
            className={classes.filter(Boolean).join(" ")}
            aria-label={c.label}
            aria-current={c.open ? "true" : undefined}
            data-tip={c.label}
            data-row={c.row}
            data-col={c.col}
            data-candidate={c.candidate}
            data-theme={c.theme}
            data-level={c.level}
          >
            <rect x={pct(c.x)} y={c.y} width={pct(c.width)} height={c.height} rx="4" fill={c.fill ?? `url(#${HATCH_ID})`} className="heatmap-rect" />
            {c.silent ? (
              <text x={centre} y={round(c.y + c.height / 2 - 2)} textAnchor="middle" className="heatmap-silent" aria-hidden="true">
                {/* The space keeps the two lines two words in the cell's text, which its accessible name contains. */}
                <tspan x={centre}>{`${layout.silentText[0]} `}</tspan>
                <tspan x={centre} dy="12">
                  {layout.silentText[1]}
                </tspan>
              </text>
            ) : (
              <text x={centre} y={round(c.y + c.height / 2 + 6)} textAnchor="middle" fill={c.textFill ?? undefined} className="heatmap-level" aria-hidden="true">
                {c.level}
                {c.stanceSymbol && <tspan className="heatmap-stance"> {c.stanceSymbol}</tspan>}
              </text>
            )}
          </a>
        );
      })}
    </svg>
  );
}
