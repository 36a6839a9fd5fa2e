// A PNG decoder for tests: enough of the specification to read back what lib/png/encode.ts writes
// (8-bit samples, indexed, true colour with or without alpha, every filter), checking each chunk's
// CRC, so a test compares pixels rather than trusting the encoder's own account of them.
import { inflateSync } from "node:zlib";
import { crc32, paeth } from "@/lib/png/encode";

/** A decoded PNG: its size, colour type, chunk names in order, and straight-alpha RGBA pixels. */
export type DecodedPng = { width: number; height: number; colourType: number; chunks: string[]; rgba: Uint8Array };

/** Decodes `file`, throwing on a bad signature, a bad CRC or an unsupported bit depth. */
export function decodePng(file: Uint8Array): DecodedPng {
  const bytes = Buffer.from(file);
  if (!bytes.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))) throw new Error("not a PNG");
  const chunks: string[] = [];
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  let colourType = 0;
  let palette = Buffer.alloc(0);
  let alphas = Buffer.alloc(0);
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length)) throw new Error(`bad CRC in ${type}`);
    chunks.push(type);
    if (type === "IHDR") {
      [width, height, colourType] = [data.readUInt32BE(0), data.readUInt32BE(4), data[9]!];
      if (data[8] !== 8) throw new Error("only 8-bit samples");
    }
    if (type === "PLTE") palette = data;
    if (type === "tRNS") alphas = data;
    if (type === "IDAT") idat.push(data);
    at += 12 + length;
  }
  const channels = colourType === 3 ? 1 : colourType === 2 ? 3 : 4;
  const samples = unfilter(inflateSync(Buffer.concat(idat)), width * channels, height, channels);
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    if (colourType === 3) {
      const index = samples[p]!;
      rgba.set([...palette.subarray(index * 3, index * 3 + 3), alphas[index] ?? 255], p * 4);
    } else rgba.set([...samples.subarray(p * channels, p * channels + 3), channels === 4 ? samples[p * 4 + 3]! : 255], p * 4);
  }
  return { width, height, colourType, chunks, rgba };
}

function unfilter(rows: Buffer, stride: number, height: number, bytesPerPixel: number): Uint8Array {
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = rows[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const left = x >= bytesPerPixel ? out[y * stride + x - bytesPerPixel]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const upLeft = y > 0 && x >= bytesPerPixel ? out[(y - 1) * stride + x - bytesPerPixel]! : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter]!;
      out[y * stride + x] = (rows[y * (stride + 1) + 1 + x]! + predicted) & 255;
    }
  }
  return out;
}
