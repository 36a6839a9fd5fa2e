// Hook-free heatmap: placed cells -> SVG. Each cell is a link (to the panel with its quotes), so
// it works without JavaScript; the site script (lib/site-script/heatmap-keys.ts) adds arrow-key movement on top. Each column
// and row heading links to its candidate's or theme's page. Every text's place comes from the geometry.
import type { ChartSvgProps } from "@/lib/charts/types";
import type { HeatmapLayout } from "@/lib/geometry/heatmap";
import { pct } from "@/lib/geometry/shared";
import { columnLabelClass } from "./column-label";
import { lineSpans } from "./line-spans";
import { svgBox, textAt } from "./text-at";

/** The hatch of silent cells; the SVG key of exports and slides uses it too (same document). */
export const HATCH_ID = "heatmap-hatch";

/** The theme × candidate grid, one `<a class="heatmap-cell">` per cell. */
export function HeatmapChart({ layout, titleId, descId, box }: ChartSvgProps<HeatmapLayout>) {
  return (
    <svg className="chart chart-heatmap" {...svgBox(box)} height={layout.height} role="group" aria-labelledby={titleId} aria-describedby={descId} data-heatmap="">
      <defs>
        <pattern id={HATCH_ID} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" className="heatmap-hatch-bg" />
          <line x1="0" y1="0" x2="0" y2="8" className="heatmap-hatch-line" />
        </pattern>
      </defs>
      <g>
        {layout.columns.map((c, i) => (
          <a key={c.candidate} href={c.href} className="chart-heading-link">
            <text {...textAt(c.text)} className={columnLabelClass(i, layout.columns.length, c.highlighted)}>
              {c.label}
            </text>
          </a>
        ))}
      </g>
      {/* data-row on the row's heading too: the slides hide a row not yet revealed, link and all. */}
      {layout.rows.map((r, i) => (
        <a key={r.theme} href={r.href} className="chart-heading-link" data-row={i}>
          <text {...textAt(r.text)} className="chart-row-label">
            {r.label}
          </text>
        </a>
      ))}
      {layout.cells.map((c) => {
        const classes = ["heatmap-cell", c.silent && "heatmap-cell--silent", c.highlighted && "heatmap-cell--highlighted", c.open && "heatmap-cell--open"];
        return (
          <a
            key={`${c.candidate}-${c.theme}`}
            href={c.href}
            className={classes.filter(Boolean).join(" ")}
            aria-label={c.label}
            {...(c.open && { "aria-current": "true" })}
            data-row={c.row}
            data-col={c.col}
            data-candidate={c.candidate}
            data-theme={c.theme}
            data-level={c.level}
          >
            <rect x={pct(c.x)} y={c.y} width={pct(c.width)} height={c.height} rx="4" fill={c.fill ?? `url(#${HATCH_ID})`} className="heatmap-rect" />
            {c.silent ? (
              <text {...textAt(c.text)} className="heatmap-silent" aria-hidden="true">
                {/* The space keeps the two lines two words in the cell's text, which its accessible name contains. */}
                {lineSpans([`${layout.silentText[0]} `, layout.silentText[1]], pct(c.text.x), `${layout.silentLineGapEm}em`)}
              </text>
            ) : (
              <text {...textAt(c.text)} {...(c.textFill && { fill: c.textFill })} className="heatmap-level" aria-hidden="true">
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
