// The presenter's slide in the URL, written once the presenter stops on a slide. Each history
// entry costs the browser a same-document navigation (and Chrome fetches the tab's icon again for
// the new URL): at 4K without a GPU, work that doubled the share of key presses painted later
// than 50 ms when it ran beside the next slide's first frames. Written after a pause, nobody
// waits for it; every move still gets its own entry, in order, so back steps back one move. The
// price: a reload within URL_SETTLE_MS of a move reopens the slide before it.

/** How long the presenter stays on a slide before its URL is written. */
export const URL_SETTLE_MS = 700;

/** A move waiting for its history entry: its slide (1-based), and whether it adds an entry or replaces the current one. */
interface PendingMove {
  slide: number;
  how: "push" | "replace";
}

/** What the writer needs of the browser: the page's address and its History (the tests give fakes). */
export interface UrlTarget {
  location: { href: string };
  history: Pick<History, "pushState" | "replaceState">;
}

/** Writes queued slide moves to `target`'s history URL_SETTLE_MS after the last one; `drop` forgets moves not yet written (a back or forward press came first). */
export function settledSlideUrlWriter(target: UrlTarget): { queue: (slide: number, how: PendingMove["how"]) => void; drop: () => void } {
  let pending: PendingMove[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    for (const { slide, how } of pending) {
      const url = new URL(target.location.href);
      url.searchParams.set("slide", String(slide));
      if (how === "push") target.history.pushState(null, "", url);
      else target.history.replaceState(null, "", url);
    }
    pending = [];
  };
  return {
    queue(slide, how) {
      pending.push({ slide, how });
      clearTimeout(timer);
      timer = setTimeout(flush, URL_SETTLE_MS);
    },
    drop() {
      clearTimeout(timer);
      pending = [];
    },
  };
}

/**
 * The browser's own History methods: Next.js replaces `history.pushState` with one that also moves
 * its router, which re-renders it and writes the entry a second time, for a URL nothing in the
 * presenter reads through the router (the slide is useSlideSync's state; back and forward come
 * through `popstate`).
 */
export function browserHistory(): UrlTarget["history"] {
  return {
    pushState: (data, unused, url) => History.prototype.pushState.call(window.history, data, unused, url),
    replaceState: (data, unused, url) => History.prototype.replaceState.call(window.history, data, unused, url),
  };
}
