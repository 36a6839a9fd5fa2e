// The presenter's view of corrections and of the served data. The notes window polls the
// election's dataset status on the refresh interval (version, last check, a refused correction); the
// audience screen asks for it only when live data brings a correction it has no summary of yet.
// Which slide each correction marks is worked out when the data or the summaries change, never
// per key press.
import { useEffect, useMemo } from "react";
import useSWR from "swr";
import { fetchJsonWithin, fetchTimeoutMs } from "./fetch-within";
import type { Dataset } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n";
import { correctionsBySlide, correctionsShown, summariesCover, type PresenterCorrection, type PresenterStatus } from "@/lib/present/corrections";
import { buildDeck } from "@/lib/present/deck";
import { datasetStatusHref } from "@/lib/routes";

/** The status, refused unless it looks like one (SWR then keeps the last). */
const fetchStatus = (timeoutMs: number) =>
  fetchJsonWithin(timeoutMs, "no-store", (json): PresenterStatus => {
    const status = json as PresenterStatus;
    if (typeof status?.version !== "string" || !Array.isArray(status.corrections)) throw new Error("not a dataset status");
    return status;
  });

/** The served data's status (changes in words in `locale`) and, for each slide of the deck built from `data`, the corrections that touch it. */
export function usePresenterStatus(initial: PresenterStatus, data: Dataset, mode: "audience" | "notes", refreshSeconds: number, locale: Locale): { status: PresenterStatus; bySlide: PresenterCorrection[][] } {
  const { data: status = initial, mutate } = useSWR(datasetStatusHref(data.election.id, locale), fetchStatus(fetchTimeoutMs(refreshSeconds)), {
    fallbackData: initial,
    refreshInterval: mode === "notes" ? refreshSeconds * 1000 : 0,
    revalidateOnMount: false,
    revalidateOnFocus: false,
    errorRetryInterval: refreshSeconds * 1000,
  });
  const covered = summariesCover(status.corrections, data);
  useEffect(() => {
    if (!covered) void mutate();
  }, [covered, data.version, mutate]);
  const bySlide = useMemo(() => correctionsBySlide(correctionsShown(status.corrections, data), buildDeck(data), data), [status.corrections, data]);
  return { status, bySlide };
}
