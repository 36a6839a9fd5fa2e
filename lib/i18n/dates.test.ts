import { describe, expect, it } from "vitest";
import { formatClockTime, formatDate } from "./dates";

describe("formatDate(iso, locale)", () => {
  it("writes the day as readers do, in Paris time", () => {
    expect(formatDate("2026-11-30T12:00:00Z", "fr")).toBe("30 novembre 2026");
    expect(formatDate("2026-11-30T12:00:00Z", "en")).toBe("30 November 2026");
    // 23:30 UTC is already the next day in Paris; French writes the first as « 1er ».
    expect(formatDate("2026-11-30T23:30:00Z", "fr")).toBe("1er décembre 2026");
    expect(formatDate("2026-11-30T23:30:00Z", "en")).toBe("1 December 2026");
  });

  it("reads a bare date (an election round) as that day", () => {
    expect(formatDate("2020-03-15", "fr")).toBe("15 mars 2020");
    expect(formatDate("2020-03-01", "fr")).toBe("1er mars 2020");
  });
});

describe("formatClockTime(iso, locale, seconds)", () => {
  it("says the time of day in Paris on a 24-hour clock, whatever the machine's time zone", () => {
    expect(formatClockTime("2026-11-30T20:04:09Z", "fr")).toBe("21:04");
    expect(formatClockTime("2026-11-30T20:04:09Z", "en", true)).toBe("21:04:09");
    expect(formatClockTime("2026-06-30T20:04:09Z", "en")).toBe("22:04");
  });
});
