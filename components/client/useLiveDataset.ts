// The presenter's live data: the election's dataset through SWR on the refresh interval, checked
// with the server's own schema. The server's copy is the fallback, so the stage is never blank, and
// a failed refresh keeps the last good data on screen with the time it was last updated. Every
// valid dataset is kept in the browser (kept-data.ts): a page reloaded during a network cut (the
// service worker's copy) shows that last good copy, newer than its own, and says since when.
// Failures are retried at the refresh interval, never slower (SWR would back off exponentially).
import { useRef } from "react";
import useSWR from "swr";
import type { Dataset } from "@/lib/dataset/schema";
import { isNewerCopy } from "@/lib/present/offline";
import { retryAtInterval } from "@/lib/present/retry";
import { datasetHref } from "@/lib/routes";
import { fetchJsonWithin, fetchTimeoutMs } from "./fetch-within";
import { keepData, keptData } from "./kept-data";

/** A dataset on screen and when it was last known good; `fresh` false: a kept copy shown because the network failed. */
interface Checked {
  dataset: Dataset;
  checkedAt: number;
  fresh: boolean;
}

/** The dataset, or throws when the server's own schema refuses it. */
async function checked(json: unknown): Promise<Dataset> {
  // The validator (zod) loads with the first refresh, not with the page.
  const { validateDataset } = await import("@/lib/dataset/check");
  const result = validateDataset(json);
  if (!result.ok) throw new Error("invalid dataset");
  return result.dataset;
}

/**
 * The fetcher: the dataset from the server, kept once valid (`no-cache` lets the browser revalidate
 * with the ETag, a 304 when unchanged); when that fails, the kept copy if it is newer than the one
 * shown (last good at `shownAt()`), else the failure.
 */
function fetchDataset(timeoutMs: number, shownAt: () => number, started: { current: number }) {
  return async (url: string): Promise<Checked> => {
    const now = Date.now();
    started.current = now;
    try {
      return await fetchJsonWithin(timeoutMs, "no-cache", async (json) => {
        const dataset = await checked(json);
        await keepData(url, json, now);
        return { dataset, checkedAt: now, fresh: true };
      })(url);
    } catch (error) {
      const kept = await keptData(url);
      if (!kept || !isNewerCopy(kept.keptAt, shownAt())) throw error;
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
  const { data: current = initial, error } = useSWR(
    datasetHref(election),
    fetchDataset(fetchTimeoutMs(refreshSeconds), () => shown.current.checkedAt, attempt),
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
  const stale = error !== undefined || !current.fresh;
  return { data: current.dataset, staleSince: stale ? new Date(current.checkedAt) : undefined };
}
