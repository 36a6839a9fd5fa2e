// Several lines in one SVG `<text>`: the first is the text's own content, each next one a `<tspan>`
// back at the text's x and one line lower. (A tspan for the first line too would draw the same and
// cost an element per text, in the page and in its React payload.)
import type { ReactNode } from "react";
import { LINE_HEIGHT } from "@/lib/geometry/shared";

/** The children of a `<text>` placed at `x` (its attribute's value: "12%", "0") that shows `lines`, `lineHeight` apart (px, or a length such as "1.2em"). */
export function lineSpans(lines: readonly string[], x: string, lineHeight: number | string = LINE_HEIGHT): ReactNode {
  const [first, ...rest] = lines;
  return [
    first,
    ...rest.map((line, i) => (
      <tspan key={i} x={x} dy={lineHeight}>
        {line}
      </tspan>
    )),
  ];
}
