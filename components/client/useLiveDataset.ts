// The presenter's live data: the election's dataset through SWR on the refresh interval, checked
// with the server's own schema. The server's copy is the fallback, so the stage is never blank, and
// a failed refresh keeps the last good data on screen with the time it was last updated.
import { useState } from "react";
import useSWR from "swr";
import type { Dataset } from "@/lib/dataset/schema";
import { datasetHref } from "@/lib/routes";
import { fetchJsonWithin, fetchTimeoutMs } from "./fetch-within";

/** The dataset, checked with the server's own schema; `no-cache` lets the browser revalidate with the ETag (a 304 when unchanged). */
const fetchDataset = (timeoutMs: number) =>
  fetchJsonWithin(timeoutMs, "no-cache", async (json): Promise<Dataset> => {
    // The validator (zod) loads with the first refresh, not with the page.
    const { validateDataset } = await import("@/lib/dataset/check");
    const result = validateDataset(json);
    if (!result.ok) throw new Error("invalid dataset");
    return result.dataset;
  });

/** The latest good dataset of `election` (`fallback` until one arrives), and since when it is stale when the last refresh failed. */
export function useLiveDataset(election: string, fallback: Dataset, refreshSeconds: number): { data: Dataset; staleSince: Date | undefined } {
  const [updatedAt, setUpdatedAt] = useState(() => new Date());
  const { data = fallback, error } = useSWR(datasetHref(election), fetchDataset(fetchTimeoutMs(refreshSeconds)), {
    fallbackData: fallback,
    refreshInterval: refreshSeconds * 1000,
    revalidateOnMount: false,
    revalidateOnFocus: false,
    errorRetryInterval: refreshSeconds * 1000,
    onSuccess: () => setUpdatedAt(new Date()),
  });
  return { data, staleSince: error ? updatedAt : undefined };
}
