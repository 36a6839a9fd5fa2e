// The heatmap's level colours: one sequential blue ramp (lightness carries the order, so it
// survives every common colour-vision deficiency), with the level also printed in each cell.
// Level 0 is not on the ramp: silent cells are hatched and labelled instead (see HeatmapChart).
import type { LevelValue } from "../dataset/schema";

/** Fill of levels 1 to 3 (ColorBrewer "Blues" steps), the same in light and dark themes. */
export const LEVEL_FILLS: Record<Exclude<LevelValue, 0>, string> = {
  1: "#c6dbef",
  2: "#6baed6",
  3: "#08519c",
};

/** The text printed on each level's fill: dark on light fills, white on the darkest (AA contrast). */
export const LEVEL_TEXT: Record<Exclude<LevelValue, 0>, string> = {
  1: "#0b1f33",
  2: "#0b1f33",
  3: "#ffffff",
};

/** Fill and text colour of a level chip anywhere in the product (silent cells get none: they are hatched). */
export function levelStyle(level: LevelValue): { background: string; color: string } | undefined {
  return level === 0 ? undefined : { background: LEVEL_FILLS[level], color: LEVEL_TEXT[level] };
}
