import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { settledSlideUrlWriter, URL_SETTLE_MS, type UrlTarget } from "./slide-url";

/** A page at `href` whose history records every write (and moves the address, as a browser does). */
function fakePage(href: string) {
  const writes: string[] = [];
  const target: UrlTarget = {
    location: { href },
    history: {
      pushState: (_data, _unused, url) => {
        target.location.href = String(url);
        writes.push(`push ${new URL(String(url)).search}`);
      },
      replaceState: (_data, _unused, url) => {
        target.location.href = String(url);
        writes.push(`replace ${new URL(String(url)).search}`);
      },
    },
  };
  return { target, writes };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("settledSlideUrlWriter", () => {
  it("writes nothing while the presenter is moving, then one entry per move, in order, keeping the rest of the query", () => {
    const { target, writes } = fakePage("https://example.org/fr/paris-2020/present?slide=4&refresh=2");
    const writer = settledSlideUrlWriter(target);
    writer.queue(5, "push");
    vi.advanceTimersByTime(URL_SETTLE_MS - 1);
    writer.queue(6, "push");
    vi.advanceTimersByTime(URL_SETTLE_MS - 1);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual(["push ?slide=5&refresh=2", "push ?slide=6&refresh=2"]);
  });

  it("replaces the entry for a join rather than adding one", () => {
    const { target, writes } = fakePage("https://example.org/fr/paris-2020/present?view=notes");
    settledSlideUrlWriter(target).queue(9, "replace");
    vi.advanceTimersByTime(URL_SETTLE_MS);
    expect(writes).toEqual(["replace ?view=notes&slide=9"]);
  });

  it("forgets moves not yet written when dropped (a back press came first)", () => {
    const { target, writes } = fakePage("https://example.org/fr/paris-2020/present?slide=2");
    const writer = settledSlideUrlWriter(target);
    writer.queue(3, "push");
    writer.drop();
    vi.advanceTimersByTime(URL_SETTLE_MS * 2);
    expect(writes).toEqual([]);
  });
});
