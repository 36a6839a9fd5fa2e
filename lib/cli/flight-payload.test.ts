// Decoding and weighing a page's inline React payload (what `npm run payload` reports), on a small
// made-up document in the shape Next.js writes.
import { describe, expect, it } from "vitest";
import { flightChunks, flightRows, flightText, payloadBreakdown } from "./flight-payload.mjs";

/** A document whose payload is `rows`, split into two `self.__next_f.push` scripts as Next.js does. */
function documentOf(rows: string): string {
  const half = Math.floor(rows.length / 2);
  const push = (chunk: string) => `<script>self.__next_f.push(${JSON.stringify([1, chunk])})</script>`;
  return `<html><body><p>hi</p><script>(self.__next_f=self.__next_f||[]).push([0])</script>${push(rows.slice(0, half))}${push(rows.slice(half))}</body></html>`;
}

const svg = '["$","svg",null,{"width":"100%","children":[["$","rect",null,{"x":"1%","y":2}],["$","text",null,{"x":"0%","dx":"$undefined","children":"Hidalgo"}]]}]';
const island = '["$","$L3",null,{"labels":{"open":"Intégrer"},"children":["$","p",null,{"children":"kept"}]}]';
const table = '["$","table",null,{"children":["$","tr",null,{"children":"Au moins une proposition concrète"}]}]';
const ROWS = [
  '3:I[123,["/_next/static/chunks/a.js"],"EmbedDialog"]',
  '4:I[456,[],"default"]',
  ':HL["/_next/static/chunks/a.css","style"]',
  `5:${table}`,
  `0:["$","main",null,{"children":[${svg},"$L5","$5",${island},["$","$L4",null,{"x":1}],"Au moins une proposition concrète"]}]`,
  "6:T6,héllo",
].join("\n");

describe("flightText(html) and flightChunks(html)", () => {
  it("join the payload's chunks in order, leaving out the bootstrap push and everything else", () => {
    const html = documentOf(ROWS);
    expect(flightText(html)).toBe(ROWS);
    expect(flightChunks(html)).toBe(2);
  });
});

describe("flightRows(text)", () => {
  it("reads imports, hints, models and a text row by its length in bytes (not characters)", () => {
    const rows = flightRows(ROWS);
    expect(rows.map((r) => [r.id, r.tag])).toEqual([
      ["3", "I"],
      ["4", "I"],
      ["", "HL"],
      ["5", ""],
      ["0", ""],
      ["6", "T"],
    ]);
    expect(rows.at(-1)!.body).toBe("héllo");
    expect(rows.reduce((n, r) => n + r.bytes, 0)).toBe(Buffer.byteLength(ROWS));
  });
});

describe("payloadBreakdown(rows)", () => {
  const breakdown = payloadBreakdown(flightRows(ROWS));

  it("weighs every byte of the payload, each under one kind", () => {
    expect((Object.values(breakdown.kinds) as number[]).reduce((n, b) => n + b, 0)).toBe(breakdown.total);
  });

  it("puts an SVG's subtree under chart SVG, a table's (even in a row of its own) under data tables", () => {
    expect(breakdown.kinds["chart SVG"]).toBe(Buffer.byteLength(svg));
    expect(breakdown.kinds["data tables"]).toBe(Buffer.byteLength(table));
  });

  it("names an island's props by its export, its children staying page markup, and the framework's own components apart", () => {
    expect(breakdown.kinds["island props: EmbedDialog"]).toBe(Buffer.byteLength(island) - Buffer.byteLength('["$","p",null,{"children":"kept"}]'));
    expect(breakdown.kinds["framework components"]).toBe(Buffer.byteLength('["$","$L4",null,{"x":1}]'));
    expect(breakdown.kinds["framework modules and hints"]).toBeGreaterThan(0);
  });

  it("counts props sent as undefined, and strings sent more than once", () => {
    expect(breakdown.undefinedProps).toBe(1);
    expect(breakdown.repeated).toEqual([{ text: "Au moins une proposition concrète", times: 2, extraBytes: Buffer.byteLength("Au moins une proposition concrète") }]);
  });
});
