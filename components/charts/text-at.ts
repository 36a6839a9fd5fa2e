// Maps a text placed by the geometry to `<text>` attributes: the one step from placed to drawn.
import { type PlacedText, pct } from "@/lib/geometry/shared";

/** A placed text's position as `<text>` attributes (start is SVG's default anchor, so left out). */
export function textAt(p: PlacedText): { x: string; dx?: number; y: number; textAnchor?: "middle" | "end" } {
  return { x: pct(p.x), dx: p.dx || undefined, y: p.y, textAnchor: p.anchor === "start" ? undefined : p.anchor };
}
