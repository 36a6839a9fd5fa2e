// Which slide is shown, and everything that moves it: the URL (`?slide=N`, written once the
// presenter stays on a slide: slide-url.ts; one history entry per move, so back steps back, and a
// reload keeps the slide) and the other presenter window of the same election, told through a
// BroadcastChannel (the notes window and the audience screen drive each other; two elections
// presented in two tabs do not). A window that opens, or reloads, asks
// the others where they are and joins them (the audience screen's answer wins over a notes
// window's), so a notes window opened mid-show starts on the slide the stage shows.
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { parseSlideNumber } from "@/lib/present/deck";
import { browserHistory, settledSlideUrlWriter } from "./slide-url";

/** The channel the windows presenting `election` share. */
export function slideChannelName(election: string): string {
  return `presenter:${election}`;
}

/** How long a window that has just opened takes the others' answers as where to go (unless the presenter moves first). */
export const JOIN_WINDOW_MS = 1500;

/** What the windows of one election tell each other: a move, a question on opening, an answer to it. */
type SlideMessage = { slide: number } | { ask: true } | { here: number; mode: "audience" | "notes" };

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
  const writer = useRef<ReturnType<typeof settledSlideUrlWriter>>(null);
  const urlWriter = useCallback(() => {
    writer.current ??= settledSlideUrlWriter({ location: window.location, history: browserHistory() });
    return writer.current;
  }, []);

  const go = useCallback(
    (i: number, from: "local" | "remote" | "join" = "local") => {
      const target = Math.min(Math.max(i, 0), total - 1);
      if (from === "local") joining.current = false;
      moved.current();
      if (shown.current === target) return;
      shown.current = target;
      setIndex(target);
      if (from === "local") channel.current?.postMessage({ slide: target } satisfies SlideMessage);
      // Joining the show is where this window starts, not a step back can undo.
      urlWriter().queue(target + 1, from === "join" ? "replace" : "push");
    },
    [total, urlWriter],
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
      // The entry the browser went to is the truth: moves not yet written are not history.
      urlWriter().drop();
      const n = slideInUrl(total);
      shown.current = n;
      setIndex(n);
      channel.current?.postMessage({ slide: n });
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [total, urlWriter]);

  // A presenter left for another page writes nothing more into that page's history.
  useEffect(() => () => urlWriter().drop(), [urlWriter]);

  return { current, shown, go };
}
