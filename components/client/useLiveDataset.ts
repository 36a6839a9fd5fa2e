// The presenter's live data: the election's dataset through SWR on the refresh interval, checked
// with the server's own schema. The server's copy is the fallback, so the stage is never blank, and
// a failed refresh keeps the last good data on screen with the time it was last updated. Every
// valid dataset is kept in the browser (kept-data.ts): a page reloaded during a network cut (the
// service worker's copy) shows that last good copy, newer than its own, and says since when.
// Failures are retried at the refresh interval, never slower (SWR would back off exponentially).
import { useEffect, useRef } from "react";
import useSWR from "swr";
import type { Dataset } from "@/lib/dataset/schema";
import { isNewerCopy } from "@/lib/present/offline";
import { retryAtInterval } from "@/lib/present/retry";
import { onThisClock } from "@/lib/present/stale";
import { datasetHref } from "@/lib/routes";
import { type AnswerMeta, fetchJsonWithin, fetchTimeoutMs } from "./fetch-within";
import { keepData, keptData, touchKeptData } from "./kept-data";

/**
 * A dataset on screen and when it was last known good, by the server's clock (the page's render
 * time, or an answer's `Date`), so that a kept copy and the page are compared on one clock whatever
 * the presenter's computer says; `fresh` false: a kept copy shown because the network failed.
 */
interface Checked {
  dataset: Dataset;
  checkedAt: number;
  fresh: boolean;
  /** The ETag of the server's bytes it was read from (none for the page's own copy or a kept one). */
  etag?: string;
}

/** How long after the page starts the validator is loaded: after the deck's first paint and hydration. */
const VALIDATOR_DELAY_MS = 1000;

/** The validator (zod): not with the page, but once it is idle (see useLiveDataset), so that its first use is not a long task in the middle of the show. */
const loadValidator = () => import("@/lib/dataset/check");

/** The dataset, or throws when the server's own schema refuses it. */
async function checked(json: unknown): Promise<Dataset> {
  const { validateDataset } = await loadValidator();
  const result = validateDataset(json);
  if (!result.ok) throw new Error("invalid dataset");
  return result.dataset;
}

/**
 * The fetcher: the dataset from the server, kept once valid (`no-cache` lets the browser revalidate
 * with the ETag, a 304 when unchanged); the same ETag as the dataset shown keeps that dataset, not
 * parsed nor checked again (a refresh during the show costs the stage no frame). When the fetch
 * fails, the kept copy if it is newer than the one shown, else the failure.
 */
function fetchDataset(timeoutMs: number, shown: () => Checked, started: { current: number }, clockOffset: { current: number }) {
  return async (url: string): Promise<Checked> => {
    started.current = Date.now();
    // Every answer, changed or not, says how far the server's clock is from this computer's.
    const measureClock = ({ answeredAt, receivedAt }: AnswerMeta) => {
      clockOffset.current = answeredAt - receivedAt;
    };
    const sameAsShown = (meta: AnswerMeta): Checked | undefined => {
      measureClock(meta);
      const { etag, answeredAt } = meta;
      const { dataset, fresh, etag: shownEtag } = shown();
      if (!fresh || !etag || etag !== shownEtag) return undefined;
      void touchKeptData(url, answeredAt);
      return { dataset, checkedAt: answeredAt, fresh: true, etag };
    };
    try {
      return await fetchJsonWithin(
        timeoutMs,
        "no-cache",
        async (json, meta) => {
          measureClock(meta);
          const { etag, answeredAt } = meta;
          const dataset = await checked(json);
          await keepData(url, json, answeredAt);
          return { dataset, checkedAt: answeredAt, fresh: true, etag: etag ?? undefined };
        },
        sameAsShown,
      )(url);
    } catch (error) {
      const kept = await keptData(url);
      if (!kept || !isNewerCopy(kept.keptAt, shown().checkedAt)) throw error;
      return { dataset: await checked(kept.json), checkedAt: kept.keptAt, fresh: false };
    }
  };
}

/** The latest good dataset of `election` (`fallback`, rendered at `renderedAt`, until one arrives), and since when it is stale when the last refresh failed. */
export function useLiveDataset(election: string, fallback: Dataset, renderedAt: number, refreshSeconds: number): { data: Dataset; staleSince: Date | undefined } {
  const refreshMs = refreshSeconds * 1000;
  const initial = useRef<Checked>({ dataset: fallback, checkedAt: renderedAt, fresh: true }).current;
  const shown = useRef(initial);
  const attempt = useRef(0);
  // How far the server's clock is ahead of this computer's, from the last answer (0 until one comes).
  const clockOffset = useRef(0);
  const { data: current = initial, error } = useSWR(
    datasetHref(election),
    fetchDataset(fetchTimeoutMs(refreshSeconds), () => shown.current, attempt, clockOffset),
    {
      fallbackData: initial,
      refreshInterval: refreshMs,
      // A page the service worker controls may be its kept copy, however recent: it asks at once, and
      // the answer (or its failure) says whether what it shows is stale, never a compare of clocks.
      revalidateOnMount: typeof window !== "undefined" && (!navigator.onLine || !!navigator.serviceWorker?.controller),
      revalidateOnFocus: false,
      // Every failure is tried again one interval after the failed try began, however many came
      // before (SWR pauses polling while failing, and would back off exponentially).
      onErrorRetry: retryAtInterval(refreshMs, () => attempt.current),
    },
  );
  shown.current = current;
  useEffect(() => {
    const id = setTimeout(() => void loadValidator().catch(() => {}), VALIDATOR_DELAY_MS);
    return () => clearTimeout(id);
  }, []);
  const stale = error !== undefined || !current.fresh;
  // Told by this computer's clock, as the notes window's clock and the notice's "for how long" are.
  return { data: current.dataset, staleSince: stale ? onThisClock(current.checkedAt, clockOffset.current) : undefined };
}
