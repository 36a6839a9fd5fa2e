import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { fr } from "../i18n/fr";
import { hoursAndMinutes, minutesSince, onThisClock } from "./stale";

const at = (hhmm: string) => Date.parse(`2026-03-15T${hhmm}:00Z`);

describe("minutesSince(since, now)", () => {
  it("counts whole minutes, rounding down", () => {
    expect(minutesSince(at("20:04"), at("20:07") + 59_000)).toBe(3);
    expect(minutesSince(at("20:04"), at("20:04") + 59_999)).toBe(0);
  });

  it("is never negative when the server's clock runs ahead of the browser's", () => {
    expect(minutesSince(at("20:05"), at("20:04"))).toBe(0);
  });
});

describe("hoursAndMinutes(minutes)", () => {
  it("splits an hour and more into hours and two-digit minutes", () => {
    expect(hoursAndMinutes(65)).toEqual({ hours: 1, minutes: "05" });
    expect(hoursAndMinutes(59)).toEqual({ hours: 0, minutes: "59" });
  });
});

describe("present.stale(time, minutes)", () => {
  it("says since when and for how long, in French", () => {
    expect(fr.present.stale("21:04", 3)).toBe("Non mis à jour depuis 21:04 (3 min)");
    expect(fr.present.stale("21:04", 0)).toBe("Non mis à jour depuis 21:04 (moins d’une minute)");
    expect(fr.present.stale("21:04", 125)).toBe("Non mis à jour depuis 21:04 (2 h 05)");
  });

  it("says since when and for how long, in English", () => {
    expect(en.present.stale("21:04", 3)).toBe("Not updated since 21:04 (3 min)");
    expect(en.present.stale("21:04", 0)).toBe("Not updated since 21:04 (under a minute)");
    expect(en.present.stale("21:04", 60)).toBe("Not updated since 21:04 (1 h 00 min)");
  });
});

describe("onThisClock(serverTime, serverAheadMs)", () => {
  it("tells a server time on a computer an hour slow as an hour earlier, so the notice's minutes count from the right moment", () => {
    const checkedOnServer = Date.parse("2026-12-01T21:04:00Z");
    const hourMs = 3_600_000;
    const since = onThisClock(checkedOnServer, hourMs);
    expect(since.toISOString()).toBe("2026-12-01T20:04:00.000Z");
    // Three minutes later by the slow computer's own clock: three minutes stale, not -57.
    expect(minutesSince(since.getTime(), checkedOnServer - hourMs + 3 * 60_000)).toBe(3);
  });
});
