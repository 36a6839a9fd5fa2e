// The notes window's elapsed timer, kept in the tab's sessionStorage so a reload of the notes
// window (or a crash of its renderer) carries on from where it was. It starts running the first
// time the notes window opens in a tab, as presenter views do; T pauses it, R sets it back to zero.
import { useCallback, useEffect, useState } from "react";
import { parseTimerState, resetTimer, startedTimer, type TimerState, toggleTimer } from "@/lib/present/timer";

/** The sessionStorage key of the timer of the notes window presenting `election`. */
function storageKey(election: string): string {
  return `presenter-timer:${election}`;
}

/** Reads sessionStorage, which a locked-down browser may refuse. */
function stored(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The notes window's timer and the two things T and R do to it. */
export interface ElapsedTimer {
  /** The timer, or null before the first render in the browser (the server shows zero). */
  timer: TimerState | null;
  /** Pauses a running timer, runs a paused one. */
  toggle: () => void;
  /** Back to zero. */
  reset: () => void;
}

/** The elapsed timer of the notes window presenting `election` (inert when `enabled` is false: the audience screen has none). */
export function useElapsedTimer(election: string, enabled: boolean): ElapsedTimer {
  const [timer, setTimer] = useState<TimerState | null>(null);
  useEffect(() => {
    if (enabled) setTimer(parseTimerState(stored(storageKey(election))) ?? startedTimer(Date.now()));
  }, [election, enabled]);
  useEffect(() => {
    if (!timer) return;
    try {
      window.sessionStorage.setItem(storageKey(election), JSON.stringify(timer));
    } catch {
      // Without storage the timer still runs; it just starts again after a reload.
    }
  }, [election, timer]);
  const toggle = useCallback(() => setTimer((t) => t && toggleTimer(t, Date.now())), []);
  const reset = useCallback(() => setTimer((t) => t && resetTimer(t, Date.now())), []);
  return { timer, toggle, reset };
}
