// How long the presenter's data has gone without an update: the stale notice says since when and
// for how long ("not updated since 21:04 (3 min)"), counted on the browser's clock.

/** How often the notice's duration is counted again: well within a minute, so it is never a minute behind for long. */
export const STALE_TICK_MS = 15_000;

/** Whole minutes from `since` to `now` (ms since the epoch), never negative (the server's clock, which stamps a page, may run ahead of the browser's). */
export function minutesSince(since: number, now: number): number {
  return Math.max(0, Math.floor((now - since) / 60_000));
}

/** Hours and the minutes past them, for durations of an hour or more (`1 h 05`). */
export function hoursAndMinutes(minutes: number): { hours: number; minutes: string } {
  return { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, "0") };
}

/** A time by the server's clock (the data's `checkedAt`) told on this computer's, whose clock is `serverAheadMs` behind the server's. */
export function onThisClock(serverTime: number, serverAheadMs: number): Date {
  return new Date(serverTime - serverAheadMs);
}
