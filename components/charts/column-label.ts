// The class of a candidate's name above a chart's columns. On a phone the columns are narrower than
// a surname, so every other name moves up a line and the outer ones grow inwards (app/charts.css):
// the classes say which is which, so the rule holds whatever wraps the name (a link on the heatmap).

/** The classes of the name above column `index` (0-based) of `count`, highlighted or not. */
export function columnLabelClass(index: number, count: number, highlighted: boolean): string {
  return [
    "chart-label chart-col-label",
    index % 2 === 1 && "chart-col-label--raised",
    index === 0 && "chart-col-label--first",
    index === count - 1 && "chart-col-label--last",
    highlighted && "chart-label--highlighted",
  ]
    .filter(Boolean)
    .join(" ");
}
