import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { isBuildAsset, isNewerCopy, keepsPage, keepsPresenterOffline, NAVIGATION_TIMEOUT_MS, pageCacheKey, pageCacheName, prefersKeptPage, presenterWorkerScript } from "./offline";

const ORIGIN = "http://stage.test";
const PRESENTER = `${ORIGIN}/fr/paris-2020/present`;

describe("pageCacheKey(href)", () => {
  it("keeps one copy of a presenter page whatever its slide, its other parameters in one order", () => {
    expect(pageCacheKey(`${PRESENTER}?slide=7&view=notes&refresh=2#x`)).toBe(`${PRESENTER}?refresh=2&view=notes`);
    expect(pageCacheKey(`${PRESENTER}?view=notes&refresh=2&slide=1`)).toBe(pageCacheKey(`${PRESENTER}?refresh=2&view=notes`));
  });

  it("keeps the notes window and the audience screen apart", () => {
    expect(pageCacheKey(`${PRESENTER}?view=notes`)).not.toBe(pageCacheKey(PRESENTER));
  });
});

describe("cache decisions", () => {
  it("keepsPresenterOffline(nodeEnv) registers the worker in production only, never under a dev server", () => {
    expect(keepsPresenterOffline("production")).toBe(true);
    expect(keepsPresenterOffline("development")).toBe(false);
    expect(keepsPresenterOffline("test")).toBe(false);
    expect(keepsPresenterOffline(undefined)).toBe(false);
  });

  it("isBuildAsset(pathname) is true for the build's chunks, CSS and fonts only", () => {
    expect(isBuildAsset("/_next/static/chunks/app-1a2b.js")).toBe(true);
    expect(isBuildAsset("/_next/static/css/3c4d.css")).toBe(true);
    expect(isBuildAsset("/api/elections/paris-2020/dataset")).toBe(false);
    expect(isBuildAsset("/_next/image")).toBe(false);
  });

  it("keepsPage(status, type) keeps complete HTML pages only", () => {
    expect(keepsPage(200, "text/html; charset=utf-8")).toBe(true);
    expect(keepsPage(404, "text/html; charset=utf-8")).toBe(false);
    expect(keepsPage(500, "text/html")).toBe(false);
    expect(keepsPage(200, "application/json")).toBe(false);
    expect(keepsPage(200, null)).toBe(false);
  });

  it("prefersKeptPage(status) shows the kept page for server errors, not for a 404", () => {
    expect(prefersKeptPage(502)).toBe(true);
    expect(prefersKeptPage(500)).toBe(true);
    expect(prefersKeptPage(404)).toBe(false);
    expect(prefersKeptPage(200)).toBe(false);
  });

  it("isNewerCopy(keptAt, shownAt) never steps back to an older copy", () => {
    expect(isNewerCopy(2000, 1000)).toBe(true);
    expect(isNewerCopy(1000, 1000)).toBe(false);
    expect(isNewerCopy(500, 1000)).toBe(false);
    expect(isNewerCopy(Number.NaN, 1000)).toBe(false);
  });
});

/** A Cache Storage in memory (keys by URL, Vary ignored, as the worker asks). */
function memoryCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const urlOf = (key: string | Request) => (typeof key === "string" ? new URL(key, ORIGIN).href : key.url);
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      match: async (key: string | Request) => store.get(urlOf(key))?.clone(),
      put: async (key: string | Request, response: Response) => {
        store.set(urlOf(key), new Response(await response.arrayBuffer(), { status: response.status, headers: response.headers }));
      },
      add: async (url: string) => {
        const response = await (globalThis as unknown as { workerFetch: typeof fetch }).workerFetch(url);
        store.set(urlOf(url), response);
      },
    };
  };
  return { stores, api: { open, keys: async () => [...stores.keys()], delete: async (name: string) => stores.delete(name) } };
}

type Handler = (event: Record<string, unknown>) => void;

/** The worker's script run in a fake worker scope: its handlers, its caches, and a network the test plays. */
function worker(network: (url: string) => Promise<Response>) {
  const timers: number[] = [];
  // The worker's timers, recorded and run a hundred times faster.
  const fastTimeout = (f: () => void, ms: number) => {
    timers.push(ms);
    return setTimeout(f, ms / 100);
  };
  const handlers = new Map<string, Handler>();
  const caches = memoryCaches();
  const fetchFn = (input: string | Request) => network(typeof input === "string" ? new URL(input, ORIGIN).href : input.url);
  (globalThis as unknown as { workerFetch: unknown }).workerFetch = fetchFn;
  const self = { addEventListener: (type: string, h: Handler) => handlers.set(type, h), location: new URL(ORIGIN), registration: { scope: `${PRESENTER}` }, skipWaiting: () => {} };
  vm.runInNewContext(presenterWorkerScript("build-2"), { self, caches: caches.api, fetch: fetchFn, URL, Response, Promise, setTimeout: fastTimeout, String, Array });
  /** What the worker answers a GET (undefined: it lets the browser fetch it itself). */
  const ask = async (url: string, mode: "navigate" | "cors" = "cors"): Promise<Response | undefined> => {
    let answer: Promise<Response> | undefined;
    const background: Promise<unknown>[] = [];
    handlers.get("fetch")!({ request: { method: "GET", url, mode }, respondWith: (p: Promise<Response>) => (answer = p), waitUntil: (p: Promise<unknown>) => background.push(p) });
    const response = await answer;
    // What the worker keeps beside its answer is done before the next request in these tests.
    await Promise.all(background);
    return response;
  };
  const waitFor = async (type: string, data?: unknown) => {
    let done: Promise<unknown> = Promise.resolve();
    handlers.get(type)!({ data, waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  return { ask, waitFor, caches, timers };
}

const html = (body: string, status = 200) => new Response(body, { status, headers: { "Content-Type": "text/html; charset=utf-8" } });

describe("presenterWorkerScript(buildId)", () => {
  it("answers a presenter page from the network and keeps it; with the network cut, the kept page, whatever the slide asked", async () => {
    let online = true;
    const w = worker(async () => (online ? html("deck v1") : Promise.reject(new TypeError("Failed to fetch"))));
    expect(await (await w.ask(`${PRESENTER}?slide=2`, "navigate"))!.text()).toBe("deck v1");
    online = false;
    expect(await (await w.ask(`${PRESENTER}?slide=5`, "navigate"))!.text()).toBe("deck v1");
  });

  it("keeps a presenter page under its pageCacheKey only, one copy whatever the slide", async () => {
    const w = worker(async () => html("deck v1"));
    await w.ask(`${PRESENTER}?slide=2&view=notes`, "navigate");
    await w.ask(`${PRESENTER}?view=notes&slide=4`, "navigate");
    expect([...w.caches.stores.get(pageCacheName("build-2"))!.keys()]).toEqual([`${PRESENTER}?view=notes`]);
  });

  it("shows the kept page when the server answers with an error (a restart), not when it answers 404", async () => {
    let answer = html("deck v1");
    const w = worker(async () => answer);
    await w.ask(PRESENTER, "navigate");
    answer = html("Bad gateway", 502);
    expect(await (await w.ask(PRESENTER, "navigate"))!.text()).toBe("deck v1");
    answer = html("Not found", 404);
    expect((await w.ask(PRESENTER, "navigate"))!.status).toBe(404);
  });

  it("never keeps an error page in place of the deck", async () => {
    let answer = html("boom", 500);
    const w = worker(async () => answer);
    await w.ask(PRESENTER, "navigate");
    answer = html("deck v1");
    await w.ask(PRESENTER, "navigate");
    answer = html("boom", 500);
    expect(await (await w.ask(PRESENTER, "navigate"))!.text()).toBe("deck v1");
  });

  it("shows the kept page when the server stays silent", async () => {
    let silent = false;
    const w = worker(() => (silent ? new Promise<Response>(() => {}) : Promise.resolve(html("deck v1"))));
    await w.ask(PRESENTER, "navigate");
    silent = true;
    expect(await (await w.ask(PRESENTER, "navigate"))!.text()).toBe("deck v1");
    expect(w.timers).toEqual([NAVIGATION_TIMEOUT_MS]);
  });

  it("answers the build's assets from its cache first, and leaves data to the page", async () => {
    let fetched = 0;
    const w = worker(async () => {
      fetched++;
      return new Response("chunk", { headers: { "Content-Type": "text/javascript" } });
    });
    const chunk = `${ORIGIN}/_next/static/chunks/a.js`;
    await w.ask(chunk);
    expect(await (await w.ask(chunk))!.text()).toBe("chunk");
    expect(fetched).toBe(1);
    expect(await w.ask(`${ORIGIN}/api/elections/paris-2020/dataset`)).toBeUndefined();
    expect(await w.ask("https://elsewhere.test/_next/static/x.js")).toBeUndefined();
  });

  it("keeps what a page hands it (the page loaded before the worker ran, its chunks), and nothing outside the presenter", async () => {
    const w = worker(async (url) => (url.endsWith(".js") ? new Response("chunk") : html(`page ${new URL(url).pathname}`)));
    await w.waitFor("message", { keep: [`${PRESENTER}?slide=3`, `${ORIGIN}/_next/static/chunks/b.js`, `${ORIGIN}/fr/paris-2020`] });
    const kept = w.caches.stores.get(pageCacheName("build-2"))!;
    expect([...kept.keys()].sort()).toEqual([`${ORIGIN}/_next/static/chunks/b.js`, PRESENTER]);
  });

  it("drops the caches of older builds when it takes over, and keeps the kept data", async () => {
    const w = worker(async () => html("x"));
    for (const name of [pageCacheName("build-1"), pageCacheName("build-2"), "presenter-data"]) await w.caches.api.open(name);
    await w.waitFor("activate");
    expect([...w.caches.stores.keys()].sort()).toEqual(["presenter-data", pageCacheName("build-2")]);
  });
});
