// The notes window's elapsed timer as plain data, so a reload can restore it from sessionStorage:
// while running, the moment it (re)started; always, the time banked by earlier runs. Pure.

/** A timer: `startedAt` (epoch ms) while running, null while paused; `bankedMs` from earlier runs. */
export interface TimerState {
  /** When it last started running (epoch ms); null while paused. */
  startedAt: number | null;
  /** Time counted by earlier runs, before the last pause. */
  bankedMs: number;
}

/** A timer at zero, running from `now`. */
export function startedTimer(now: number): TimerState {
  return { startedAt: now, bankedMs: 0 };
}

/** The time the timer shows at `now`, in milliseconds (never negative, even if the clock went back). */
export function timerElapsedMs(timer: TimerState, now: number): number {
  return timer.bankedMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

/** Paused if running, running again if paused; the elapsed time carries over. */
export function toggleTimer(timer: TimerState, now: number): TimerState {
  return timer.startedAt === null ? { startedAt: now, bankedMs: timer.bankedMs } : { startedAt: null, bankedMs: timerElapsedMs(timer, now) };
}

/** Back to zero, running if it was running (as presenter views do), paused if paused. */
export function resetTimer(timer: TimerState, now: number): TimerState {
  return { startedAt: timer.startedAt === null ? null : now, bankedMs: 0 };
}

/** A stored timer read back; undefined for anything that is not one (another version's, or edited by hand). */
export function parseTimerState(raw: string | null): TimerState | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return undefined;
    const { startedAt, bankedMs } = value as Record<string, unknown>;
    const startOk = startedAt === null || (typeof startedAt === "number" && Number.isFinite(startedAt));
    if (!startOk || typeof bankedMs !== "number" || !Number.isFinite(bankedMs) || bankedMs < 0) return undefined;
    return { startedAt: startedAt as number | null, bankedMs };
  } catch {
    return undefined;
  }
}

/** Elapsed time as a stopwatch shows it: mm:ss, then h:mm:ss from the first hour on. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
