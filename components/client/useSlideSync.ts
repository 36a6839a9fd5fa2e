// Which slide is shown, and everything that moves it: the URL (`?slide=N`, one history entry per
// move, so back steps back, and a reload keeps the slide) and the other presenter window of the
// same election, told through a BroadcastChannel (the notes window and the audience screen drive
// each other; two elections presented in two tabs do not). A window that opens, or reloads, asks
// the others where they are and joins them (the audience screen's answer wins over a notes
// window's), so a notes window opened mid-show starts on the slide the stage shows.
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { parseSlideNumber } from "@/lib/present/deck";

/** The channel the windows presenting `election` share. */
export function slideChannelName(election: string): string {
  return `presenter:${election}`;
}

/** How long a window that has just opened takes the others' answers as where to go (unless the presenter moves first). */
export const JOIN_WINDOW_MS = 1500;

/** What the windows of one election tell each other: a move, a question on opening, an answer to it. */
type SlideMessage = { slide: number } | { ask: true } | { here: number; mode: "audience" | "notes" };

/** Runs `task` once the browser is idle after the slide's frames (within URL_WRITE_WITHIN_MS at the latest). */
function whenIdleAfterMove(task: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: URL_WRITE_WITHIN_MS });
  else setTimeout(task, URL_WRITE_WITHIN_MS);
}

/** The longest a move's URL waits for an idle moment: a reload a moment later still opens on the slide. */
const URL_WRITE_WITHIN_MS = 300;

/**
 * Writes the slide's URL with the browser's own History methods. Next.js replaces
 * `history.pushState` with one that also moves its router, which re-renders it and writes the entry
 * a second time: twice the browser's work per key press, for a URL nothing in the presenter reads
 * through the router (the slide is this hook's state; back and forward come through `popstate`).
 */
function writeSlideUrl(url: URL, how: "push" | "replace"): void {
  if (how === "push") History.prototype.pushState.call(window.history, null, "", url);
  else History.prototype.replaceState.call(window.history, null, "", url);
}

/** The slide (0-based) the URL names, within the deck. */
function slideInUrl(total: number): number {
  return parseSlideNumber(new URL(window.location.href).searchParams.get("slide"), total) - 1;
}

export interface SlideSync {
  /** The slide shown, 0-based. */
  current: number;
  /** The slide shown, readable from event handlers without re-subscribing them on every change. */
  shown: RefObject<number>;
  /** Moves to slide `i` (0-based, clamped): a URL entry, and the other window follows unless the move came from it. */
  go: (i: number, from?: "local" | "remote" | "join") => void;
}

/** The slide of a deck of `total` slides shown in a `mode` window, starting at `initialSlide` (1-based) unless another window shows another; `onMove` runs on every move, even to the slide shown. */
export function useSlideSync(election: string, initialSlide: number, total: number, onMove: () => void, mode: "audience" | "notes"): SlideSync {
  const [index, setIndex] = useState(initialSlide - 1);
  const current = Math.min(index, total - 1);
  const shown = useRef(current);
  shown.current = current;
  const channel = useRef<BroadcastChannel | null>(null);
  const moved = useRef(onMove);
  moved.current = onMove;
  // Until the presenter moves, the stage answers, or JOIN_WINDOW_MS pass, answers say where to go.
  const joining = useRef(true);

  const go = useCallback(
    (i: number, from: "local" | "remote" | "join" = "local") => {
      const target = Math.min(Math.max(i, 0), total - 1);
      if (from === "local") joining.current = false;
      moved.current();
      if (shown.current === target) return;
      shown.current = target;
      setIndex(target);
      if (from === "local") channel.current?.postMessage({ slide: target } satisfies SlideMessage);
      // The URL is written once the new slide is drawn: each history entry costs the browser a
      // same-document navigation (the tab's icon is even fetched again), work that would otherwise
      // compete with the new slide's first frame.
      whenIdleAfterMove(() => {
        const url = new URL(window.location.href);
        url.searchParams.set("slide", String(target + 1));
        // Joining the show is where this window starts, not a step back can undo.
        writeSlideUrl(url, from === "join" ? "replace" : "push");
      });
    },
    [total],
  );

  // The other window (notes or audience) drives too; on opening, ask where the show is.
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const bc = new BroadcastChannel(slideChannelName(election));
    bc.onmessage = (e: MessageEvent<SlideMessage>) => {
      const message = e.data;
      if (typeof message !== "object" || message === null) return;
      if ("slide" in message && typeof message.slide === "number") go(message.slide, "remote");
      else if ("ask" in message) bc.postMessage({ here: shown.current, mode } satisfies SlideMessage);
      else if ("here" in message && typeof message.here === "number" && joining.current) {
        go(message.here, "join");
        if (message.mode === "audience") joining.current = false;
      }
    };
    channel.current = bc;
    bc.postMessage({ ask: true } satisfies SlideMessage);
    const joined = setTimeout(() => {
      joining.current = false;
    }, JOIN_WINDOW_MS);
    return () => {
      clearTimeout(joined);
      bc.close();
    };
  }, [election, go, mode]);

  // Back and forward buttons (and a back press that came before hydration: the URL is the truth).
  useEffect(() => {
    const fromUrl = slideInUrl(total);
    if (fromUrl !== shown.current) {
      shown.current = fromUrl;
      setIndex(fromUrl);
    }
    const onPop = () => {
      const n = slideInUrl(total);
      shown.current = n;
      setIndex(n);
      channel.current?.postMessage({ slide: n });
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [total]);

  return { current, shown, go };
}
