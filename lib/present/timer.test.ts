import { describe, expect, it } from "vitest";
import { formatElapsed, parseTimerState, resetTimer, startedTimer, timerElapsedMs, toggleTimer } from "./timer";

describe("timerElapsedMs(timer, now)", () => {
  it("counts from the start while running and never goes negative when the clock steps back", () => {
    const t = startedTimer(1_000);
    expect(timerElapsedMs(t, 6_000)).toBe(5_000);
    expect(timerElapsedMs(t, 500)).toBe(0);
  });
});

describe("toggleTimer(timer, now)", () => {
  it("pauses on the time shown, then runs on from it", () => {
    const paused = toggleTimer(startedTimer(0), 10_000);
    expect(paused.startedAt).toBeNull();
    expect(timerElapsedMs(paused, 99_000)).toBe(10_000);
    const running = toggleTimer(paused, 20_000);
    expect(timerElapsedMs(running, 25_000)).toBe(15_000);
  });
});

describe("resetTimer(timer, now)", () => {
  it("goes back to zero and keeps running if it was", () => {
    const t = resetTimer(startedTimer(0), 60_000);
    expect(timerElapsedMs(t, 60_000)).toBe(0);
    expect(timerElapsedMs(t, 61_000)).toBe(1_000);
  });
  it("stays paused at zero if it was paused", () => {
    const t = resetTimer(toggleTimer(startedTimer(0), 5_000), 9_000);
    expect(timerElapsedMs(t, 50_000)).toBe(0);
  });
});

describe("parseTimerState(raw)", () => {
  it("reads back what was stored", () => {
    const t = toggleTimer(startedTimer(0), 42_000);
    expect(parseTimerState(JSON.stringify(t))).toEqual(t);
    expect(parseTimerState(JSON.stringify(startedTimer(7)))).toEqual(startedTimer(7));
  });
  it("refuses anything else: nothing, broken JSON, wrong types, a negative time", () => {
    for (const raw of [null, "", "{", "null", "42", '{"startedAt":"x","bankedMs":0}', '{"startedAt":null}', '{"startedAt":null,"bankedMs":-5}']) {
      expect(parseTimerState(raw), String(raw)).toBeUndefined();
    }
  });
});

describe("formatElapsed(ms)", () => {
  it("shows minutes and seconds, then hours from the first hour on", () => {
    expect(formatElapsed(0)).toBe("00:00");
    expect(formatElapsed(59_999)).toBe("00:59");
    expect(formatElapsed(61_000)).toBe("01:01");
    expect(formatElapsed(3_600_000 + 5 * 60_000 + 7_000)).toBe("1:05:07");
    expect(formatElapsed(-10)).toBe("00:00");
  });
});
