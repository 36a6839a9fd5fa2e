// Maps what the geometry placed to SVG attributes: the one step from placed to drawn. Attributes
// that would be undefined are left out rather than set to undefined: a server component's props
// travel to the browser in the page's React payload, where each one would cost `"dx":"$undefined"`.
import type { ChartBox } from "@/lib/charts/types";
import { type PlacedText, pct } from "@/lib/geometry/shared";

/** A placed text's position as `<text>` attributes (no dx when 0; start is SVG's default anchor, so left out). */
export function textAt(p: PlacedText): { x: string; dx?: number; y: number; textAnchor?: "middle" | "end" } {
  return { x: pct(p.x), y: p.y, ...(p.dx ? { dx: p.dx } : {}), ...(p.anchor === "start" ? {} : { textAnchor: p.anchor }) };
}

/** A chart's `<svg>` box: 100% wide on a page, placed at its box inside a standalone SVG (exports, slides). */
export function svgBox(box: ChartBox | undefined): { x?: number; y?: number; width: number | string } {
  return box ? { x: box.x, y: box.y, width: box.width } : { width: "100%" };
}
