// The presenter's keys: the presenters' usual map (lib/present/deck.ts keyAction) for keyboards
// and clickers. No focus trap: Tab still moves focus, and keys typed into a field, or with Ctrl,
// Cmd or Alt, are the browser's. While the overview grid is open, its own keys rule (the grid
// handles them), so none of these move the slide under it.
import { type Dispatch, type RefObject, type SetStateAction, useEffect, useRef, useState } from "react";
import { keyAction } from "@/lib/present/deck";
import { toggleFullscreen } from "./fullscreen";

/** A blanked screen (`b` or `w`), or none. */
export type Blank = "black" | "white" | null;

/** How long typed digits wait for Enter before they are forgotten. */
const DIGITS_TIMEOUT_MS = 3000;
/** A slide number has at most this many digits. */
const MAX_DIGITS = 3;

export interface PresenterKeysOptions {
  /** Moves to a slide (0-based). */
  go: (i: number) => void;
  /** The slide shown (0-based). */
  shown: RefObject<number>;
  total: number;
  setBlank: Dispatch<SetStateAction<Blank>>;
  /** Whether the overview grid is open (then the grid alone answers keys). */
  overview: boolean;
  /** Opens or closes the overview grid. */
  toggleOverview: () => void;
  /** The notes window's timer (T runs or pauses it, R resets it); the audience screen has none. */
  timer?: { toggle: () => void; reset: () => void };
}

/** Listens for the presenter's keys; returns whether the help is open and the digits typed so far (a slide number before Enter). */
export function usePresenterKeys({ go, shown, total, setBlank, overview, toggleOverview, timer }: PresenterKeysOptions): { help: boolean; digits: string } {
  const [help, setHelp] = useState(false);
  const [digits, setDigits] = useState("");
  const typed = useRef("");

  useEffect(() => {
    let digitTimer: ReturnType<typeof setTimeout> | undefined;
    const forgetDigits = () => {
      typed.current = "";
      setDigits("");
    };
    const onKey = (e: KeyboardEvent) => {
      if (overview || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.target instanceof HTMLElement && e.target.closest("input, textarea, select, [contenteditable]")) return;
      const action = keyAction(e.key);
      if (!action) return;
      switch (action) {
        case "next":
          go(shown.current + 1);
          break;
        case "previous":
          go(shown.current - 1);
          break;
        case "first":
          go(0);
          break;
        case "last":
          go(total - 1);
          break;
        case "black":
        case "white":
          setBlank((b) => (b === action ? null : action));
          break;
        case "help":
          setHelp((h) => !h);
          break;
        case "overview":
          setHelp(false);
          toggleOverview();
          break;
        case "timer":
          if (!timer) return;
          timer.toggle();
          break;
        case "timerReset":
          if (!timer) return;
          timer.reset();
          break;
        case "fullscreen":
          toggleFullscreen();
          break;
        case "digit":
          clearTimeout(digitTimer);
          typed.current = (typed.current + e.key).slice(-MAX_DIGITS);
          setDigits(typed.current);
          digitTimer = setTimeout(forgetDigits, DIGITS_TIMEOUT_MS);
          break;
        case "jump":
          if (!typed.current) return;
          go(Number(typed.current) - 1);
          forgetDigits();
          break;
        case "close":
          setHelp(false);
          setBlank(null);
          return; // leave Escape to the browser too (it leaves full screen)
      }
      e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      clearTimeout(digitTimer);
    };
  }, [total, go, shown, setBlank, overview, toggleOverview, timer]);

  return { help, digits };
}
