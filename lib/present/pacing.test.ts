import { describe, expect, it } from "vitest";
import { pacing, parseDurationMinutes } from "./pacing";

describe("parseDurationMinutes(raw)", () => {
  it("reads a number of minutes", () => {
    expect(parseDurationMinutes("20")).toBe(20);
    expect(parseDurationMinutes("7.5")).toBe(7.5);
    expect(parseDurationMinutes(["45", "10"])).toBe(45);
  });
  it("ignores anything else: missing, zero, too long, signs, exponents, words, markup", () => {
    for (const raw of [undefined, null, "", "0", "601", "-5", "1e3", "20min", " 20", "<b>20</b>", "Infinity", "NaN", "0x14"]) {
      expect(parseDurationMinutes(raw), String(raw)).toBeUndefined();
    }
  });
});

describe("pacing({ current, total, elapsedMs, durationMinutes })", () => {
  const minutes = (n: number) => n * 60_000;

  it("gives each slide an equal share of the time: on slide 1 at the start, on slide 11 of 20 halfway through", () => {
    expect(pacing({ current: 0, total: 20, elapsedMs: 0, durationMinutes: 20 })).toMatchObject({ expected: 0, shift: 0, overMinutes: 0 });
    expect(pacing({ current: 10, total: 20, elapsedMs: minutes(10), durationMinutes: 20 })).toMatchObject({ expected: 10, shift: 0, timeShare: 0.5, slideShare: 0.5 });
  });
  it("says how many slides behind or ahead the presenter is", () => {
    expect(pacing({ current: 3, total: 20, elapsedMs: minutes(8), durationMinutes: 20 }).shift).toBe(-5);
    expect(pacing({ current: 12, total: 20, elapsedMs: minutes(8), durationMinutes: 20 }).shift).toBe(4);
  });
  it("expects the last slide once the time is up, and counts the minutes over", () => {
    const late = pacing({ current: 15, total: 20, elapsedMs: minutes(21) + 1, durationMinutes: 20 });
    expect(late).toMatchObject({ expected: 19, shift: -4, timeShare: 1, overMinutes: 2 });
  });
});
