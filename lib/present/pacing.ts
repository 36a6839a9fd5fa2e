// The pacing bar of the notes window (`?duration=20`): with the talk's length split evenly across
// the slides, the slide the presenter should be on by now against the one they are on. Pure.

/** The longest talk `?duration=` accepts, in minutes (ten hours: anything longer is a typo). */
const MAX_DURATION_MINUTES = 600;

/** The talk's planned length in minutes from `?duration=`; undefined for anything else (never echoed back). */
export function parseDurationMinutes(raw: string | string[] | null | undefined): number | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{1,3}(\.\d{1,2})?$/.test(value)) return undefined;
  const minutes = Number(value);
  return minutes > 0 && minutes <= MAX_DURATION_MINUTES ? minutes : undefined;
}

/** Where the talk stands against its planned length: what the notes window's pacing bar draws. */
export interface Pacing {
  /** The slide the presenter should be on by now, 0-based. */
  expected: number;
  /** Slides ahead of the plan (positive) or behind it (negative). */
  shift: number;
  /** Share of the planned time elapsed, 0 to 1 (capped). */
  timeShare: number;
  /** Share of the deck behind the presenter, 0 to 1: the slides before the current one. */
  slideShare: number;
  /** Minutes past the planned length, rounded up; 0 while within it. */
  overMinutes: number;
}

/** Where the presenter stands on `current` (0-based) of `total` slides, `elapsedMs` into a talk of `durationMinutes`. */
export function pacing({ current, total, elapsedMs, durationMinutes }: { current: number; total: number; elapsedMs: number; durationMinutes: number }): Pacing {
  const durationMs = durationMinutes * 60_000;
  const timeShare = Math.min(Math.max(elapsedMs / durationMs, 0), 1);
  // Each slide gets an equal share of the time: the n-th share of the talk is the n-th slide's.
  const expected = Math.min(total - 1, Math.floor(timeShare * total));
  const overMinutes = elapsedMs > durationMs ? Math.ceil((elapsedMs - durationMs) / 60_000) : 0;
  return { expected, shift: current - expected, timeShare, slideShare: total > 0 ? current / total : 0, overMinutes };
}
