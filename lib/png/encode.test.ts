// The PNG encoder, read back by an independent decoder (lib/testing/png-decode.ts): what a file
// holds, not what the encoder says it wrote.
import { describe, expect, it } from "vitest";
import { decodePng } from "../testing/png-decode";
import { crc32, encodePng, FRINGE_COVERAGE, unpremultiply } from "./encode";

const INDEXED = 3;
const TRUECOLOUR = 2;
const TRUECOLOUR_ALPHA = 6;

/** A width×height image whose pixel (x, y) is colour(x, y) as [r, g, b, a]. */
function image(width: number, height: number, colour: (x: number, y: number) => number[]): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set(colour(x, y), (y * width + x) * 4);
  return rgba;
}

/** Deterministic noise, so that a "photograph" has thousands of colours and a test its reasons. */
const noise = (x: number, y: number, salt: number) => {
  let h = Math.imul(x + 1, 0x9e3779b1) ^ Math.imul(y + 1, 0x85ebca6b) ^ Math.imul(salt, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) & 255;
};

describe("encodePng(…)", () => {
  it("writes a drawing of at most 256 colours as an indexed PNG that decodes to exactly its pixels", () => {
    const rgba = image(40, 30, (x, y) => [(x % 10) * 20, (y % 5) * 40, x < 20 ? 10 : 200, 255]);
    const decoded = decodePng(encodePng(rgba, 40, 30));
    expect(decoded.colourType).toBe(INDEXED);
    expect(decoded.chunks).toEqual(["IHDR", "PLTE", "IDAT", "IEND"]);
    expect([decoded.width, decoded.height]).toEqual([40, 30]);
    expect(decoded.rgba).toEqual(rgba);
  });

  it("keeps translucent palette colours with a tRNS chunk", () => {
    const rgba = image(8, 8, (x) => [255, 0, 0, x < 4 ? 255 : 64]);
    const decoded = decodePng(encodePng(rgba, 8, 8));
    expect(decoded.chunks).toContain("tRNS");
    expect(decoded.rgba).toEqual(rgba);
  });

  it("draws the rare anti-aliasing colours beyond 256 with their nearest palette colour, every other pixel exact", () => {
    // 200 flat colours fill the image; 100 one-pixel fringe colours, each one level from a flat one.
    const fringe = (x: number, y: number) => y === 0 && x < 100;
    const flat = (x: number) => [x % 200, 0, 100, 255];
    const rgba = image(400, 100, (x, y) => (fringe(x, y) ? [x + 1, 0, 100, 255] : flat(Math.floor(x / 2))));
    const decoded = decodePng(encodePng(rgba, 400, 100));
    expect(decoded.colourType).toBe(INDEXED);
    for (let x = 0; x < 400; x++) {
      const at = x * 4;
      const drawn = [...decoded.rgba.subarray(at, at + 4)];
      if (fringe(x, 0)) expect(Math.abs(drawn[0]! - (x + 1))).toBeLessThanOrEqual(1);
      else expect(drawn).toEqual([...rgba.subarray(at, at + 4)]);
    }
    expect(decoded.rgba.subarray(400 * 4)).toEqual(rgba.subarray(400 * 4));
  });

  it(`keeps an image true colour and lossless when 256 colours cover less than ${FRINGE_COVERAGE * 100} % of it`, () => {
    const opaque = image(64, 48, (x, y) => [noise(x, y, 1), noise(x, y, 2), noise(x, y, 3), 255]);
    const decodedOpaque = decodePng(encodePng(opaque, 64, 48));
    expect(decodedOpaque.colourType).toBe(TRUECOLOUR);
    expect(decodedOpaque.rgba).toEqual(opaque);
    const translucent = image(64, 48, (x, y) => [noise(x, y, 1), noise(x, y, 2), noise(x, y, 3), noise(x, y, 4)]);
    const decodedTranslucent = decodePng(encodePng(translucent, 64, 48));
    expect(decodedTranslucent.colourType).toBe(TRUECOLOUR_ALPHA);
    expect(decodedTranslucent.rgba).toEqual(translucent);
  });

  it("refuses pixels that do not match the size given", () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/10 bytes for 2×2/);
  });
});

describe("unpremultiply(…)", () => {
  it("divides each colour by its alpha, leaving opaque and empty pixels as they are", () => {
    expect([...unpremultiply(Uint8Array.from([100, 50, 25, 128, 9, 9, 9, 255, 0, 0, 0, 0]))]).toEqual([199, 100, 50, 128, 9, 9, 9, 255, 0, 0, 0, 0]);
  });
});

describe("crc32(…)", () => {
  it("gives the CRC every PNG's IEND chunk carries", () => {
    expect(crc32(Buffer.from("IEND", "latin1")).toString(16)).toBe("ae426082");
  });
});
