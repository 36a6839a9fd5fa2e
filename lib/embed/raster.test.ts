// The PNG downloads and social cards of Paris 2020's charts, drawn from the real dataset: they must
// show what resvg drew (the palette may only redraw a rare anti-aliasing pixel with a close colour)
// in far fewer bytes than resvg's own PNG.
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { buildChart, chartSlugs } from "../charts/registry";
import { validateDataset } from "../dataset/check";
import type { Dataset } from "../dataset/schema";
import { FRINGE_COVERAGE } from "../png/encode";
import { rawDataset } from "../testing/fixtures";
import { decodePng } from "../testing/png-decode";
import { exportSvg, fitSvg } from "./export-svg";
import { svgToPng, svgToPngAsync } from "./raster";

const validated = validateDataset(rawDataset());
const dataset = (validated.ok ? validated.dataset : undefined) as Dataset;
/** The largest distance, in levels of one channel, by which a redrawn fringe pixel may differ from resvg's. */
const MAX_FRINGE_ERROR = 48;

describe("svgToPng(…) on Paris 2020's charts", () => {
  for (const slug of chartSlugs(dataset)) {
    for (const [kind, svg, zoom] of drawings(slug)) {
      it(`${slug}, ${kind}: the pixels resvg drew, in under half the bytes of resvg's PNG`, () => {
        const ours = svgToPng(svg, zoom);
        const resvgs = new Resvg(svg, { fitTo: { mode: "zoom", value: zoom }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng();
        expect(ours.length).toBeLessThan(resvgs.length / 2);
        // The reference is resvg's own PNG, read by the test decoder: straight alpha by the PNG
        // spec, so our unpremultiplying is checked too, not taken as given.
        const drawn = decodePng(resvgs);
        const decoded = decodePng(ours);
        expect([decoded.width, decoded.height]).toEqual([drawn.width, drawn.height]);
        let redrawn = 0;
        for (let i = 0; i < drawn.rgba.length; i += 4) {
          const error = Math.max(...[0, 1, 2, 3].map((c) => Math.abs(decoded.rgba[i + c]! - drawn.rgba[i + c]!)));
          if (error === 0) continue;
          redrawn++;
          expect(error).toBeLessThanOrEqual(MAX_FRINGE_ERROR);
        }
        expect(redrawn).toBeLessThanOrEqual((drawn.rgba.length / 4) * (1 - FRINGE_COVERAGE));
      });
    }
  }
});

describe("svgToPngAsync(…)", () => {
  it("writes the very bytes svgToPng writes, drawn and compressed off the event loop", async () => {
    const [[, svg, zoom]] = drawings("cameras") as [[string, string, number]];
    expect((await svgToPngAsync(svg, zoom)).equals(svgToPng(svg, zoom))).toBe(true);
  });
});

/** The two drawings a chart is downloaded as: the 2x PNG and the 1200×630 social card. */
function drawings(slug: Parameters<typeof buildChart>[0]): [string, string, number][] {
  const chart = buildChart(slug, { dataset, view: { hidden: [] }, locale: "fr", linkBase: "https://charts.example/fr/paris-2020" });
  const drawing = exportSvg(chart, "Source : article", "light", "fr");
  return [
    ["download at 2x", drawing.svg, 2],
    ["social card", fitSvg(drawing, 1200, 630, "light"), 1],
  ];
}
