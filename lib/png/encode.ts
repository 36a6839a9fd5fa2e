// A PNG encoder for flat drawings (charts, social cards): resvg's own encoder writes every pixel
// as RGBA with one fast filter, 140 to 220 KB for a chart at 2x. A chart has a few dozen colours
// plus the anti-aliased fringe of its text, so it is written as an indexed PNG: exactly when it has
// at most 256 colours; when it has more but the 256 most frequent cover FRINGE_COVERAGE of its
// pixels, the rare fringe colours are drawn with their nearest palette colour (measured on Paris
// 2020's heatmap: 0.05 % of its pixels, at most 25 levels of RGB distance from their own colour);
// anything else (a photograph) stays lossless true colour. Three to four times smaller: the
// download an editor waits for and the bytes a busy server sends.
import { promisify } from "node:util";
import { deflate, deflateSync, type ZlibOptions } from "node:zlib";

const deflateAsync = promisify(deflate);

/** Share of the pixels the most frequent 256 colours must cover for the rest to be treated as anti-aliasing fringe. */
export const FRINGE_COVERAGE = 0.99;

const MAX_PALETTE = 256;
const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
const COLOUR_TYPE = { truecolour: 2, indexed: 3, truecolourAlpha: 6 } as const;
const FILTER = { none: 0, sub: 1, up: 2, average: 3, paeth: 4 } as const;
const DEFLATE: ZlibOptions = { level: 9, memLevel: 9 };

/** A PNG before its image data is compressed: its header, the chunks before the data, and the filtered rows. */
interface PngPlan {
  ihdr: Buffer;
  chunks: Buffer[];
  rows: Buffer;
}

/** A PNG file of `width`×`height` straight-alpha RGBA pixels (4 bytes a pixel, row after row). */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const { ihdr, chunks, rows } = planPng(rgba, width, height);
  return png(ihdr, [...chunks, chunk("IDAT", deflateSync(rows, DEFLATE))]);
}

/** The same file as `encodePng`, its compression (most of the work) done off the event loop, so a server goes on answering meanwhile. */
export async function encodePngAsync(rgba: Uint8Array, width: number, height: number): Promise<Buffer> {
  const { ihdr, chunks, rows } = planPng(rgba, width, height);
  return png(ihdr, [...chunks, chunk("IDAT", await deflateAsync(rows, DEFLATE))]);
}

function planPng(rgba: Uint8Array, width: number, height: number): PngPlan {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: ${rgba.length} bytes for ${width}×${height} pixels`);
  // One word a pixel, to count colours fast; read little-endian (as on every machine Node runs this on): R is the low byte, A the high one.
  const pixels = new Uint32Array(rgba.buffer.slice(rgba.byteOffset, rgba.byteOffset + rgba.length));
  const palette = chartPalette(pixels);
  if (palette) return indexedPlan(pixels, palette, width, height);
  const opaque = pixels.every((pixel) => pixelAlpha(pixel) === 255);
  return truecolourPlan(rgba, width, height, opaque);
}

/** resvg's pixels, premultiplied by their alpha, as the straight alpha PNG stores (in place). */
export function unpremultiply(rgba: Uint8Array): Uint8Array {
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = rgba[i + 3]!;
    if (alpha === 255 || alpha === 0) continue;
    for (let c = i; c < i + 3; c++) rgba[c] = Math.min(255, Math.round((rgba[c]! * 255) / alpha));
  }
  return rgba;
}

/** The palette an indexed PNG of these pixels uses (each colour's index, and each fringe colour's nearest), or undefined for true colour. */
function chartPalette(pixels: Uint32Array): { colours: number[]; indexOf: Map<number, number> } | undefined {
  const counts = new Map<number, number>();
  for (const pixel of pixels) counts.set(pixel, (counts.get(pixel) ?? 0) + 1);
  const byFrequency = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const colours = byFrequency.slice(0, MAX_PALETTE).map(([colour]) => colour);
  const covered = byFrequency.slice(0, MAX_PALETTE).reduce((sum, [, count]) => sum + count, 0);
  if (covered < pixels.length * FRINGE_COVERAGE) return undefined;
  const indexOf = new Map(colours.map((colour, index) => [colour, index]));
  for (const [colour] of byFrequency.slice(MAX_PALETTE)) indexOf.set(colour, nearestIndex(colour, colours));
  return { colours, indexOf };
}

/** The index of the palette colour closest to `colour` (squared distance over the four channels). */
function nearestIndex(colour: number, palette: readonly number[]): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  palette.forEach((candidate, index) => {
    let distance = 0;
    for (let shift = 0; shift < 32; shift += 8) distance += (((colour >>> shift) & 255) - ((candidate >>> shift) & 255)) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [index, distance];
  });
  return best;
}

/** A pixel's alpha: the fourth byte in memory, the high byte of the little-endian word. */
function pixelAlpha(pixel: number): number {
  return pixel >>> 24;
}

function indexedPlan(pixels: Uint32Array, { colours, indexOf }: NonNullable<ReturnType<typeof chartPalette>>, width: number, height: number): PngPlan {
  // Indexed rows compress best unfiltered: neighbouring indices carry no numeric relation.
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = FILTER.none;
    for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = indexOf.get(pixels[y * width + x]!)!;
  }
  const plte = Buffer.alloc(colours.length * 3);
  const trns = Buffer.alloc(colours.length);
  colours.forEach((colour, i) => {
    plte.set([colour & 255, (colour >>> 8) & 255, (colour >>> 16) & 255], i * 3);
    trns[i] = pixelAlpha(colour);
  });
  const lastTranslucent = trns.findLastIndex((alpha) => alpha !== 255);
  return {
    ihdr: header(width, height, COLOUR_TYPE.indexed),
    chunks: [chunk("PLTE", plte), ...(lastTranslucent >= 0 ? [chunk("tRNS", trns.subarray(0, lastTranslucent + 1))] : [])],
    rows,
  };
}

function truecolourPlan(rgba: Uint8Array, width: number, height: number, opaque: boolean): PngPlan {
  const bytesPerPixel = opaque ? 3 : 4;
  const stride = width * bytesPerPixel;
  const samples = opaque ? Buffer.alloc(width * height * 3) : Buffer.from(rgba);
  if (opaque) for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) samples.set(rgba.subarray(i, i + 3), j);
  const rows = Buffer.alloc((stride + 1) * height);
  const candidate = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const row = samples.subarray(y * stride, (y + 1) * stride);
    const above = y > 0 ? samples.subarray((y - 1) * stride, y * stride) : undefined;
    const target = rows.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    // libpng's heuristic: the filter whose output has the smallest sum of absolute signed bytes.
    let bestSum = Number.POSITIVE_INFINITY;
    for (const filter of Object.values(FILTER)) {
      const sum = filterRow(filter, row, above, bytesPerPixel, candidate);
      if (sum < bestSum) {
        bestSum = sum;
        rows[y * (stride + 1)] = filter;
        candidate.copy(target);
      }
    }
  }
  return { ihdr: header(width, height, opaque ? COLOUR_TYPE.truecolour : COLOUR_TYPE.truecolourAlpha), chunks: [], rows };
}

/** Writes one row filtered into `out` and returns the sum of its bytes read as signed magnitudes. */
function filterRow(filter: number, row: Uint8Array, above: Uint8Array | undefined, bytesPerPixel: number, out: Uint8Array): number {
  let sum = 0;
  for (let x = 0; x < row.length; x++) {
    const left = x >= bytesPerPixel ? row[x - bytesPerPixel]! : 0;
    const up = above ? above[x]! : 0;
    const upLeft = above && x >= bytesPerPixel ? above[x - bytesPerPixel]! : 0;
    const predicted = filter === FILTER.sub ? left : filter === FILTER.up ? up : filter === FILTER.average ? (left + up) >> 1 : filter === FILTER.paeth ? paeth(left, up, upLeft) : 0;
    const value = (row[x]! - predicted) & 255;
    out[x] = value;
    sum += value < 128 ? value : 256 - value;
  }
  return sum;
}

/** The PNG specification's Paeth predictor. */
export function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

function header(width: number, height: number, colourType: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, colourType, 0, 0, 0], 8); // 8 bits a sample, deflate, adaptive filtering, no interlace
  return chunk("IHDR", ihdr);
}

function png(ihdr: Buffer, chunks: Buffer[]): Buffer {
  return Buffer.concat([SIGNATURE, ihdr, ...chunks, chunk("IEND", Buffer.alloc(0))]);
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks carry it (zlib.crc32 is not in every Node 20 this project runs on). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 255]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
