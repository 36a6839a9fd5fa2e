// Retries of the presenter's polled data: one refresh interval after the failed try began, however
// many failures came before. SWR's own retries back off exponentially, so after an outage a 2 s
// refresh could wait tens of seconds, a 30 s one minutes, before the notice cleared.

/** How long after a failure to try again: what is left of one interval since the failed try began (never negative). */
export function retryDelayMs(triedAt: number, intervalMs: number, now: number): number {
  return Math.max(0, triedAt + intervalMs - now);
}

/** SWR's `onErrorRetry` that tries again at `intervalMs` after the last try (`triedAt()`), never slower; the timer and clock are injectable for tests. */
export function retryAtInterval(
  intervalMs: number,
  triedAt: () => number,
  timers: { setTimeout: (f: () => void, ms: number) => unknown; now: () => number } = { setTimeout: (f, ms) => setTimeout(f, ms), now: Date.now },
) {
  return <O>(_error: unknown, _key: unknown, _config: unknown, revalidate: (options: O) => unknown, options: O): void => {
    timers.setTimeout(() => revalidate(options), retryDelayMs(triedAt(), intervalMs, timers.now()));
  };
}
