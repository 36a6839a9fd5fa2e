import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/dataset/check";
import { rawDataset } from "@/lib/testing/fixtures";
import { heatmapLegendSvg } from "./HeatmapLegendSvg";

const checked = validateDataset(rawDataset());
if (!checked.ok) throw new Error("the fixture dataset is invalid");
const dataset = checked.dataset;

describe("heatmapLegendSvg", () => {
  it("wraps a label longer than the key's width onto a second line, and grows by that row", () => {
    const en = heatmapLegendSvg({ dataset, locale: "en", x: 0, y: 0 });
    const fr = heatmapLegendSvg({ dataset, locale: "fr", x: 0, y: 0 });
    const markup = renderToStaticMarkup(en.element);
    // The first line is the text's own, the second a tspan one row (20 px) lower, back at the label's x.
    expect(markup).toMatch(/>Flagship proposal according to the<tspan x="\d+" dy="20">article<\/tspan><\/text>/);
    expect(markup.match(/<tspan/g)).toHaveLength(1);
    // French's longest level name keeps one line: the English key is one row taller.
    expect(renderToStaticMarkup(fr.element)).not.toContain("<tspan");
    expect(en.height - fr.height).toBe(20);
  });
});
