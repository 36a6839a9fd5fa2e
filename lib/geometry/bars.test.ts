import { describe, expect, it } from "vitest";
import { BARS, type BarInput, layoutBars } from "./bars";

const bar = (value: number, variant: "value" | "option" | "zone" = "value") => ({ value, valueLabel: String(value), variant, label: String(value), href: "#f" });

const input: BarInput = {
  rows: [
    { candidate: "a", name: "A", highlighted: false, bars: [bar(4)] },
    { candidate: "b", name: "B", highlighted: false, bars: [], missing: { lines: ["no figure", "against"], label: "B: no figure", href: "#c" } },
    { candidate: "c", name: "C", highlighted: true, detail: "chosen by each town hall", bars: [bar(30, "option"), bar(60, "option"), bar(120, "option")] },
    { candidate: "d", name: "D", highlighted: false, bars: [bar(60), bar(30, "zone")] },
  ],
  reference: { value: 1, label: "today (×1)" },
  tick: (v) => `×${v}`,
};

describe("layoutBars(input)", () => {
  const layout = layoutBars(input);
  const row = (id: string) => layout.rows.find((r) => r.candidate === id)!;

  it("scales bars linearly from 0, the longest ending at the right margin for its label", () => {
    const longest = row("c").bars[2]!;
    expect(longest.x).toBe(0);
    expect(longest.width).toBe(BARS.MAX_X);
    expect(row("c").bars[0]!.width).toBeCloseTo(BARS.MAX_X / 4, 3);
  });

  it("keeps every option and every zone as its own bar, never an average", () => {
    expect(row("c").bars.map((b) => [b.value, b.variant])).toEqual([
      [30, "option"],
      [60, "option"],
      [120, "option"],
    ]);
    expect(row("d").bars.map((b) => [b.value, b.variant])).toEqual([
      [60, "value"],
      [30, "zone"],
    ]);
  });

  it("gives a candidate without a figure text instead of a bar (no bar at 0 or ×1)", () => {
    expect(row("b").bars).toEqual([]);
    expect(row("b").missingText!.y).toBeGreaterThan(row("b").nameText.y);
    expect(row("b").missing?.lines).toEqual(["no figure", "against"]);
  });

  it("stacks rows without overlap, a detail line under the name", () => {
    const tops = layout.rows.map((r) => r.nameText.y);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    expect(row("c").detailText!.y).toBeGreaterThan(row("c").nameText.y);
    expect(row("c").bars[0]!.y).toBeGreaterThan(row("c").detailText!.y);
    expect(layout.axisY).toBeGreaterThan(row("d").bars[1]!.y);
  });

  it("draws the reference line at its value on the same scale", () => {
    const small = layoutBars({ rows: [input.rows[0]!], reference: input.reference, tick: input.tick });
    expect(small.reference?.x).toBeCloseTo(small.rows[0]!.bars[0]!.width / 4, 3);
    expect(small.ticks.map((t) => t.label)).toContain("×1");
    expect(small.reference!.text).toMatchObject({ x: small.reference!.x, anchor: "start", dx: BARS.REFERENCE_GAP });
  });

  it("puts a value label inside a long bar's end and after a short bar, on the bar's middle line", () => {
    const long = row("c").bars[2]!;
    const short = row("c").bars[0]!;
    expect(long.valueText).toMatchObject({ inside: true, x: long.width, anchor: "end", dx: -BARS.GAP_BAR_LABEL });
    expect(short.valueText).toMatchObject({ inside: false, x: short.width, anchor: "start", dx: BARS.GAP_BAR_LABEL });
    expect(short.valueText.y).toBeGreaterThan(short.y);
    expect(short.valueText.y).toBeLessThan(short.y + short.height);
  });

  it("starts the first tick at the left edge and centres the others under their line", () => {
    expect(layout.ticks[0]!.text).toMatchObject({ x: 0, anchor: "start" });
    for (const t of layout.ticks.slice(1)) expect(t.text).toMatchObject({ x: t.x, anchor: "middle" });
    expect(layout.ticks[0]!.text.y).toBeGreaterThan(layout.axisY);
  });
});
