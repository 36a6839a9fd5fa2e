// The presenter's view of corrections and of the served data. The notes window polls the
// election's dataset status on the refresh interval (version, last check, a refused correction);
// the audience screen asks for it only when live data brings a correction it has no summary of
// yet. Which slide each correction marks is worked out when the data or the summaries change,
// never per key press.
import { useEffect, useMemo, useRef } from "react";
import useSWR from "swr";
import type { Dataset } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n";
import { correctionsBySlide, correctionsShown, type PresenterCorrection, type PresenterStatus, summariesCover } from "@/lib/present/corrections";
import type { Slide } from "@/lib/present/deck";
import { retryAtInterval } from "@/lib/present/retry";
import { datasetStatusHref } from "@/lib/routes";
import { fetchJsonWithin, fetchTimeoutMs } from "./fetch-within";

/** Whether a parsed body looks like a dataset status (SWR keeps the last one when it does not). */
function isPresenterStatus(json: unknown): json is PresenterStatus {
  if (typeof json !== "object" || json === null) return false;
  return "version" in json && typeof json.version === "string" && "corrections" in json && Array.isArray(json.corrections);
}

/** The status, refused unless it looks like one. */
const fetchStatus = (timeoutMs: number) =>
  fetchJsonWithin(timeoutMs, "no-store", (json): PresenterStatus => {
    if (!isPresenterStatus(json)) throw new Error("not a dataset status");
    return json;
  });

export interface PresenterStatusOptions {
  election: string;
  /** The status the page was rendered with. */
  initial: PresenterStatus;
  /** The dataset on screen (live or fallback). */
  data: Dataset;
  /** The deck built from `data` (the presenter's own, not built a second time here). */
  deck: Slide[];
  mode: "audience" | "notes";
  refreshSeconds: number;
  /** The language the changes are told in. */
  locale: Locale;
}

/** The served data's status and, for each slide of the deck built from `data`, the corrections that touch it. */
export function usePresenterStatus({ election, initial, data, deck, mode, refreshSeconds, locale }: PresenterStatusOptions): { status: PresenterStatus; bySlide: PresenterCorrection[][] } {
  const tried = useRef(0);
  const fetcher = fetchStatus(fetchTimeoutMs(refreshSeconds));
  const { data: status = initial, mutate } = useSWR(
    datasetStatusHref(election, locale),
    (url: string) => {
      tried.current = Date.now();
      return fetcher(url);
    },
    {
      fallbackData: initial,
      refreshInterval: mode === "notes" ? refreshSeconds * 1000 : 0,
      revalidateOnMount: false,
      revalidateOnFocus: false,
      // Failures are tried again at the refresh interval, never slower (SWR would back off exponentially).
      onErrorRetry: retryAtInterval(refreshSeconds * 1000, () => tried.current),
    },
  );
  const covered = summariesCover(status.corrections, data);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new version not yet covered asks again, even when `covered` stays false.
  useEffect(() => {
    if (!covered) void mutate();
  }, [covered, data.version, mutate]);
  const bySlide = useMemo(() => correctionsBySlide(correctionsShown(status.corrections, data), deck, data), [status.corrections, data, deck]);
  return { status, bySlide };
}
