// One fetch for the presenter's live data: JSON within a time limit, or an error SWR keeps the
// last good value for (HTTP error, timeout, a body the caller's check refuses).

/** How long a refresh may take: most of the refresh interval, between 1 and 10 seconds. */
export function fetchTimeoutMs(refreshSeconds: number): number {
  return Math.max(1000, Math.min(10_000, refreshSeconds * 800));
}

/**
 * A fetcher for SWR: GET `url` with `cache`, abort after `timeoutMs`, then `check` the parsed JSON
 * (throwing refuses it). `unchanged`, given the answer's ETag, may return a value for bytes already
 * checked, so that an unchanged answer is neither parsed nor checked again.
 */
export function fetchJsonWithin<T>(timeoutMs: number, cache: RequestCache, check: (json: unknown, etag: string | null) => T | Promise<T>, unchanged?: (etag: string) => T | undefined) {
  return async (url: string): Promise<T> => {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const res = await fetch(url, { signal: abort.signal, cache });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const etag = res.headers.get("ETag");
      const same = etag && unchanged?.(etag);
      if (same) {
        await res.body?.cancel();
        return same;
      }
      return await check(await res.json(), etag);
    } finally {
      clearTimeout(timer);
    }
  };
}
