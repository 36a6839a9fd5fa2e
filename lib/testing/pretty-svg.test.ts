import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { expectSvgSnapshot, prettySvg } from "./pretty-svg";

describe("prettySvg(markup)", () => {
  it("puts one element a line, indented by depth, childless elements closed on their line, numbers rounded", () => {
    expect(prettySvg('<svg width="100%"><g><rect x="1.23456789"></rect><text y="4">a &amp; b<tspan>c </tspan></text></g></svg>')).toBe(
      ['<svg width="100%">', "  <g>", '    <rect x="1.235"/>', '    <text y="4">', "      a &amp; b", "      <tspan>", "        c ", "      </tspan>", "    </text>", "  </g>", "</svg>", ""].join(
        "\n",
      ),
    );
  });
});

describe("expectSvgSnapshot(markup, file)", () => {
  const ci = process.env.CI;
  afterEach(() => {
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  });

  it("fails in CI when the snapshot file is missing, instead of writing it", async () => {
    process.env.CI = "true";
    const file = path.join(mkdtempSync(path.join(tmpdir(), "svg-")), "missing.svg");
    await expect(expectSvgSnapshot("<svg></svg>", file)).rejects.toThrow(/missing snapshot/);
  });
});
