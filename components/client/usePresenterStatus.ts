"use client";
// The presenter's view of corrections and of the served data. The notes window polls
// /api/dataset/status on the refresh interval (version, last check, a refused correction); the
// audience screen asks for it only when live data brings a correction it has no summary of yet.
// Which slide each correction marks is worked out when the data or the summaries change, never
// per key press.
import { useEffect, useMemo } from "react";
import useSWR from "swr";
import type { Dataset } from "@/lib/dataset/schema";
import type { Locale } from "@/lib/i18n";
import { correctionsBySlide, correctionsShown, summariesCover, type PresenterCorrection, type PresenterStatus } from "@/lib/present/corrections";
import { buildDeck } from "@/lib/present/deck";

export const STATUS_URL = "/api/dataset/status";

/** Fetches the status; a failure (HTTP, timeout, not a status) is an error for SWR, which keeps the last one. */
function fetchStatus(timeoutMs: number) {
  return async (url: string): Promise<PresenterStatus> => {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const res = await fetch(url, { signal: abort.signal, cache: "no-store" });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const status = (await res.json()) as PresenterStatus;
      if (typeof status?.version !== "string" || !Array.isArray(status.corrections)) throw new Error("not a dataset status");
      return status;
    } finally {
      clearTimeout(timer);
    }
  };
}

/** The served data's status (changes in words in `locale`) and, for each slide of the deck built from `data`, the corrections that touch it. */
export function usePresenterStatus(initial: PresenterStatus, data: Dataset, mode: "audience" | "notes", refreshSeconds: number, locale: Locale): { status: PresenterStatus; bySlide: PresenterCorrection[][] } {
  const { data: status = initial, mutate } = useSWR(`${STATUS_URL}?lang=${locale}`, fetchStatus(Math.max(1000, Math.min(10_000, refreshSeconds * 800))), {
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
