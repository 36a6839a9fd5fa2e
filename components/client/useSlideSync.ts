// Which slide is shown, and everything that moves it: the URL (`?slide=N`, one history entry per
// move, so back steps back, and a reload keeps the slide) and the other presenter window of the
// same election, told through a BroadcastChannel (the notes window and the audience screen drive
// each other; two elections presented in two tabs do not).
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { parseSlideNumber } from "@/lib/present/deck";

/** The channel the windows presenting `election` share. */
export function slideChannelName(election: string): string {
  return `presenter:${election}`;
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
  go: (i: number, from?: "local" | "remote") => void;
}

/** The slide of a deck of `total` slides, starting at `initialSlide` (1-based); `onMove` runs on every move, even to the slide shown. */
export function useSlideSync(election: string, initialSlide: number, total: number, onMove: () => void): SlideSync {
  const [index, setIndex] = useState(initialSlide - 1);
  const current = Math.min(index, total - 1);
  const shown = useRef(current);
  shown.current = current;
  const channel = useRef<BroadcastChannel | null>(null);
  const moved = useRef(onMove);
  moved.current = onMove;

  const go = useCallback(
    (i: number, from: "local" | "remote" = "local") => {
      const target = Math.min(Math.max(i, 0), total - 1);
      moved.current();
      if (shown.current === target) return;
      shown.current = target;
      setIndex(target);
      const url = new URL(window.location.href);
      url.searchParams.set("slide", String(target + 1));
      window.history.pushState(null, "", url);
      if (from === "local") channel.current?.postMessage({ slide: target });
    },
    [total],
  );

  // The other window (notes or audience) drives too.
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const bc = new BroadcastChannel(slideChannelName(election));
    bc.onmessage = (e: MessageEvent<{ slide?: number }>) => {
      if (typeof e.data?.slide === "number") go(e.data.slide, "remote");
    };
    channel.current = bc;
    return () => bc.close();
  }, [election, go]);

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
