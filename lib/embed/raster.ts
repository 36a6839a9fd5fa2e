// A chart's SVG as a PNG: drawn by resvg (the system's DejaVu Sans, as the SVG names no web
// font), written by our own encoder (lib/png/encode.ts), which keeps a chart's few colours in a
// palette where resvg writes every pixel in full: three to four times fewer bytes.
import { Resvg } from "@resvg/resvg-js";
import { encodePng, unpremultiply } from "@/lib/png/encode";

/** The pixels resvg draws for `svg` at `zoom` times its size, straight alpha. */
export function rasterise(svg: string, zoom: number): { rgba: Uint8Array; width: number; height: number } {
  const image = new Resvg(svg, { fitTo: { mode: "zoom", value: zoom }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render();
  return { rgba: unpremultiply(new Uint8Array(image.pixels)), width: image.width, height: image.height };
}

/** `svg` as a PNG file at `zoom` times its size. */
export function svgToPng(svg: string, zoom: number): Buffer {
  const { rgba, width, height } = rasterise(svg, zoom);
  return encodePng(rgba, width, height);
}
