// Helpers shared by every chart's geometry. Charts are laid out with x in percent of the chart's
// width (so one SVG fits a 320 px phone and a desktop with text at its real size) and y in pixels.

/** Rounds to 3 decimals, so geometry (and SVG snapshots) are stable across platforms. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Splits a label into lines of at most `maxChars` characters, breaking at spaces. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A percentage as an SVG attribute value: `12.5%`. */
export function pct(value: number): string {
  return `${round(value)}%`;
}

/** Line height of chart labels, in px. */
export const LINE_HEIGHT = 16;

/** How a text lines up on its x: SVG's text-anchor. */
export type TextAnchor = "start" | "middle" | "end";

/**
 * Where a text goes, decided by the geometry (components only map it to `<text>`): x in percent of
 * the chart's width, dx a shift in px (a gap beside a mark, whatever the width), y its baseline in px.
 */
export interface PlacedText {
  x: number;
  dx: number;
  y: number;
  anchor: TextAnchor;
}

/** A text at x (percent) and baseline y, anchored, with an optional shift in px. */
export function placeText(x: number, y: number, anchor: TextAnchor = "start", dx = 0): PlacedText {
  return { x: round(x), dx, y: round(y), anchor };
}
