// Where an arrow key (or Home/End) leads in the heatmap's grid: pure, over plain positions, so the
// site script (lib/site-script/heatmap-keys.ts) only reads its cells' data attributes and moves focus.

/** A cell's place in the grid: its row (theme) and column (candidate). */
export interface GridPosition {
  row: number;
  column: number;
}

/** The index in `cells` of the cell the key leads to from `from`, or undefined at the grid's edge and for any other key. */
export function nextCell(cells: readonly GridPosition[], from: GridPosition, key: string): number | undefined {
  const at = (row: number, column: number) => {
    const i = cells.findIndex((c) => c.row === row && c.column === column);
    return i === -1 ? undefined : i;
  };
  // Home and End: the row's first and last cell in the page's order (the order they are drawn in).
  const rowCells = cells.flatMap((c, i) => (c.row === from.row ? [i] : []));
  switch (key) {
    case "ArrowRight":
      return at(from.row, from.column + 1);
    case "ArrowLeft":
      return at(from.row, from.column - 1);
    case "ArrowDown":
      return at(from.row + 1, from.column);
    case "ArrowUp":
      return at(from.row - 1, from.column);
    case "Home":
      return rowCells[0];
    case "End":
      return rowCells.at(-1);
  }
  return undefined;
}
