// A chart's SVG as a PNG: drawn by resvg (the system's DejaVu Sans, as the SVG names no web
// font), written by our own encoder (lib/png/encode.ts), which keeps a chart's few colours in a
// palette where resvg writes every pixel in full: three to four times fewer bytes.
import { type RenderedImage, Resvg, type ResvgRenderOptions, renderAsync } from "@resvg/resvg-js";
import { encodePng, encodePngAsync, unpremultiply } from "@/lib/png/encode";

const options = (zoom: number): ResvgRenderOptions => ({ fitTo: { mode: "zoom", value: zoom }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } });

/** resvg's image as straight-alpha pixels. */
function pixelsOf(image: RenderedImage): { rgba: Uint8Array; width: number; height: number } {
  return { rgba: unpremultiply(new Uint8Array(image.pixels)), width: image.width, height: image.height };
}

/** The pixels resvg draws for `svg` at `zoom` times its size, straight alpha. */
export function rasterise(svg: string, zoom: number): { rgba: Uint8Array; width: number; height: number } {
  return pixelsOf(new Resvg(svg, options(zoom)).render());
}

/** `svg` as a PNG file at `zoom` times its size. */
export function svgToPng(svg: string, zoom: number): Buffer {
  const { rgba, width, height } = rasterise(svg, zoom);
  return encodePng(rgba, width, height);
}

/** The same file as `svgToPng`, drawn and compressed off the event loop: a server rendering a chart after a correction goes on answering meanwhile. */
export async function svgToPngAsync(svg: string, zoom: number): Promise<Buffer> {
  const { rgba, width, height } = pixelsOf(await renderAsync(svg, options(zoom)));
  return encodePngAsync(rgba, width, height);
}
