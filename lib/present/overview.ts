// The overview grid (`O`): how the arrow keys move between tiles laid out in rows (each tile is
// named by slideCaption). Pure: the grid island and tests share it.

/** Tiles per row of the grid: the stage's 16:9 tiles stay readable on a 720p screen at five. */
export const OVERVIEW_COLUMNS = 5;

/** The tile a key moves to from tile `index` of `total` in rows of `columns`; undefined for a key that does not move. */
export function overviewMove(index: number, key: string, total: number, columns = OVERVIEW_COLUMNS): number | undefined {
  const clamp = (i: number) => Math.min(Math.max(i, 0), total - 1);
  switch (key) {
    case "ArrowRight":
      return clamp(index + 1);
    case "ArrowLeft":
      return clamp(index - 1);
    // Down into a shorter last row lands on its last tile; down from the last row stays put.
    case "ArrowDown":
      return Math.floor(index / columns) < Math.floor((total - 1) / columns) ? Math.min(index + columns, total - 1) : index;
    case "ArrowUp":
      return index - columns >= 0 ? index - columns : index;
    case "Home":
      return 0;
    case "End":
      return total - 1;
    default:
      return undefined;
  }
}
