// One fetch for the presenter's live data: JSON within a time limit, or an error SWR keeps the
// last good value for (HTTP error, timeout, a body the caller's check refuses).

/** How long a refresh may take: most of the refresh interval, between 1 and 10 seconds. */
export function fetchTimeoutMs(refreshSeconds: number): number {
  return Math.max(1000, Math.min(10_000, refreshSeconds * 800));
}

/** What an answer says about itself: its ETag, and when the server answered (its own clock, from `Date`; the browser's when it sent none). */
export interface AnswerMeta {
  etag: string | null;
  /** ms since the epoch, by the server's clock. */
  answeredAt: number;
  /** ms since the epoch, by the browser's clock: `answeredAt - receivedAt` is how far the two clocks differ (to a second). */
  receivedAt: number;
}

/** The meta of an answer with these headers, received at `receivedAt` (the browser's clock). */
export function answerMeta(headers: Headers, receivedAt: number): AnswerMeta {
  const date = Date.parse(headers.get("Date") ?? "");
  return { etag: headers.get("ETag"), answeredAt: Number.isFinite(date) ? date : receivedAt, receivedAt };
}

/**
 * A fetcher for SWR: GET `url` with `cache`, abort after `timeoutMs`, then `check` the parsed JSON
 * (throwing refuses it). `unchanged`, given the answer's meta, may return a value for bytes already
 * checked (same ETag), so that an unchanged answer is neither parsed nor checked again.
 */
export function fetchJsonWithin<T>(timeoutMs: number, cache: RequestCache, check: (json: unknown, meta: AnswerMeta) => T | Promise<T>, unchanged?: (meta: AnswerMeta) => T | undefined) {
  return async (url: string): Promise<T> => {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const res = await fetch(url, { signal: abort.signal, cache });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const meta = answerMeta(res.headers, Date.now());
      const same = meta.etag ? unchanged?.(meta) : undefined;
      if (same) {
        await res.body?.cancel();
        return same;
      }
      return await check(await res.json(), meta);
    } finally {
      clearTimeout(timer);
    }
  };
}
