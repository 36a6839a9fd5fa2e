// Faults the audience never sees: a reload, a reopened tab or a server restart during a network
// cut still shows the deck with the last good data and a notice that says since when and for how
// long; the notice clears, and the notes window's data status is checked, at the next refresh once
// the server answers; a notes window opened mid-show joins the stage's slide; and every route
// answers HEAD and OPTIONS as HTTP says.
import { readFileSync } from "node:fs";
import path from "node:path";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { startProductionServer } from "../lib/cli/serve.mjs";
import { DATA_CACHE, pageCacheName } from "../lib/present/offline";
import { datasetHref, PRESENTER_WORKER } from "../lib/routes";
import { dataset } from "./fixtures";

const LIVE_DATA = datasetHref("paris-2020");
const CAMERAS_SLIDE = 1 + dataset.themes.length + 1;
const BUILD_ID = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
const original = readFileSync(path.join(process.cwd(), "data", "elections", "paris-2020.json"), "utf8");
/** The dataset with the Buzyn camera figure changed from 4 to 5: data only live refreshes can bring. */
const corrected = original.replace(/("id": "fig-cameras-buzyn",[\s\S]*?"value": )4/, "$15");

const stage = (page: Page) => page.locator("main.stage");
const notice = (page: Page) => page.getByRole("status");

/** Until the stale notice shows, watched every 50 ms (expect's own polling steps up to a second, too coarse to measure with). */
async function noticeShown(page: Page, timeout = 5000) {
  await page.waitForFunction(() => document.querySelector(".stale-notice") !== null, null, { polling: 50, timeout });
}

/** Until the stale notice is gone, watched every 50 ms. */
async function noticeGone(page: Page, timeout: number) {
  await page.waitForFunction(() => document.querySelector(".stale-notice") === null, null, { polling: 50, timeout });
}

async function ready(page: Page) {
  await expect(page.locator("[data-ready]")).toHaveCount(1);
}

/** Until the worker keeps this presenter page and the page has kept a valid dataset. */
async function untilKept(page: Page, presenterPath: string) {
  await expect
    .poll(
      () =>
        page.evaluate(
          async ([pages, data, pathname, dataPath]) => {
            const keptPages = await (await caches.open(pages!)).keys();
            const keptData = await (await caches.open(data!)).match(dataPath!);
            return keptPages.some((r) => new URL(r.url).pathname === pathname) && keptPages.some((r) => r.url.includes("/_next/static/")) && !!keptData;
          },
          [pageCacheName(BUILD_ID), DATA_CACHE, presenterPath, LIVE_DATA],
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
}

/**
 * A production server of the describe block's own (these tests stop and restart it), on
 * PRESENT_SPEC_PORT + `offset`; started before its tests, stopped after them.
 */
function ownServer(offset: number) {
  const port = Number(process.env.PRESENT_SPEC_PORT ?? 3293) + offset;
  let server: Awaited<ReturnType<typeof startProductionServer>> | undefined;
  test.beforeAll(async () => {
    server = await startProductionServer(port);
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  return {
    /** The running server's origin. */
    get base() {
      return server!.base;
    },
    stop: () => server!.stop(),
    /** A new server process on the same port (a restart after a stop). */
    restart: async () => {
      server = await startProductionServer(port);
    },
  };
}

test.describe("a network cut and a server restart", () => {
  const own = ownServer(100);

  test("a reload and a reopened tab during the cut, the server down, show slide N with the last good data and the notice; back online, it clears within one refresh", async ({ context }) => {
    test.setTimeout(90_000);
    const query = `?slide=${CAMERAS_SLIDE}&refresh=2`;
    const url = `${own.base}/fr/paris-2020/present${query}`;
    // The live data brings a correction the server's own copy (and so the kept page) does not have.
    await context.route(`**${LIVE_DATA}`, (route) => route.fulfill({ status: 200, contentType: "application/json", body: corrected }));
    let page = await context.newPage();
    await page.goto(url);
    await ready(page);
    const chart = () => stage(page).locator("svg.chart");
    await expect(chart()).toContainText("×5", { timeout: 5000 });
    await untilKept(page, "/fr/paris-2020/present");
    // Move on by key: the URL the reload asks for is one the worker never fetched (it keeps one copy whatever the slide).
    await page.keyboard.press("ArrowRight");
    const next = `${own.base}/fr/paris-2020/present?slide=${CAMERAS_SLIDE + 1}&refresh=2`;
    await expect(page).toHaveURL(next);

    await context.unroute(`**${LIVE_DATA}`);
    await context.setOffline(true);
    await own.stop();
    const reloaded = Date.now();
    await page.reload();
    await ready(page);
    await expect(stage(page)).toHaveAttribute("data-slide", String(CAMERAS_SLIDE + 1));
    const interactive = Date.now() - reloaded;
    await noticeShown(page);
    const noticeAfterReload = Date.now() - reloaded;
    await expect(notice(page)).toContainText(/^Non mis à jour depuis \d\d:\d\d \(moins d’une minute\)$/);
    // The keys work offline, and the slide before shows the last good data, not the kept page's own.
    await page.keyboard.press("ArrowLeft");
    await expect(stage(page)).toHaveAttribute("data-slide", String(CAMERAS_SLIDE));
    await expect(chart()).toContainText("×5");

    // A closed tab, opened again.
    await page.close();
    page = await context.newPage();
    await page.goto(url);
    await ready(page);
    await expect(stage(page)).toHaveAttribute("data-slide", String(CAMERAS_SLIDE));
    await expect(notice(page)).toBeVisible({ timeout: 5000 });
    await expect(chart()).toContainText("×5");

    // The server comes back (a new process) and the network with it.
    await own.restart();
    await context.setOffline(false);
    const back = Date.now();
    await noticeGone(page, 2000 + 1000);
    const cleared = Date.now() - back;
    // The server's own data again (without the correction only the cut route brought).
    await expect(chart()).toContainText("×4");
    test.info().annotations.push({
      type: "measured",
      description: `deck interactive ${interactive} ms and notice shown ${noticeAfterReload} ms after the offline reload; cleared ${cleared} ms after the network and server came back (refresh 2 s)`,
    });
    console.log(`[faults] offline reload: interactive after ${interactive} ms, notice after ${noticeAfterReload} ms; cleared after recovery: ${cleared} ms`);
  });
});

test.describe("a kept page only seconds old", () => {
  const own = ownServer(101);

  test("reloaded with the server down (network up, 30 s refresh), the page the worker answers asks for the data at once and shows the notice", async ({ context }) => {
    test.setTimeout(60_000);
    const page = await context.newPage();
    await page.goto(`${own.base}/fr/paris-2020/present?slide=2`);
    await ready(page);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller || navigator.serviceWorker.ready.then(() => true)), { timeout: 10_000 }).toBe(true);
    // A second load under the worker: the copy the worker keeps is seconds old when the server stops.
    await page.reload();
    await ready(page);
    await own.stop();
    await page.reload();
    await ready(page);
    await expect(stage(page)).toHaveAttribute("data-slide", "2");
    // The next refresh is 30 s away: only a check on mount can tell the page its data is not live.
    await expect(notice(page)).toBeVisible({ timeout: 5000 });
    await own.restart();
  });
});

test("after a long run of failures, the notice says for how long and clears at the next refresh once the data answers", async ({ page }) => {
  test.setTimeout(60_000);
  let failing = false;
  await page.route(`**${LIVE_DATA}`, (route) => (failing ? route.fulfill({ status: 503, body: "down" }) : route.fallback()));
  await page.clock.install();
  await page.goto(`/en/paris-2020/present?slide=2&refresh=2`);
  await ready(page);
  failing = true;
  await expect(notice(page)).toContainText(/^Not updated since \d\d:\d\d \(under a minute\)$/, { timeout: 5000 });
  // Three minutes of failures: SWR's backoff would now wait 32 to 96 refresh intervals.
  for (let s = 0; s < 180; s += 2) await page.clock.runFor(2000);
  await expect(notice(page)).toContainText(/\(3 min\)$/);
  failing = false;
  await page.clock.runFor(2000);
  await expect(notice(page)).toHaveCount(0, { timeout: 4000 });
});

test("the notice clears within one refresh interval of the data answering again, on the real clock", async ({ page }) => {
  test.setTimeout(60_000);
  let failing = false;
  await page.route(`**${LIVE_DATA}`, (route) => (failing ? route.fulfill({ status: 500, body: "boom" }) : route.fallback()));
  await page.goto(`/fr/paris-2020/present?slide=2&refresh=2`);
  await ready(page);
  failing = true;
  await expect(notice(page)).toBeVisible({ timeout: 5000 });
  // Fifteen seconds of failures: with the old exponential backoff the next try was 16 to 48 s away.
  await page.waitForTimeout(15_000);
  failing = false;
  const back = Date.now();
  await noticeGone(page, 2000 + 1000);
  console.log(`[faults] notice cleared ${Date.now() - back} ms after the data answered again (refresh 2 s, after 15 s of failures)`);
});

test("the notes window's data status is checked again within one refresh interval of the server answering again", async ({ page }) => {
  test.setTimeout(60_000);
  let failing = false;
  await page.route("**/dataset/status?*", (route) => (failing ? route.fulfill({ status: 503, body: "down" }) : route.fallback()));
  await page.goto(`/fr/paris-2020/present?slide=2&view=notes&refresh=2`);
  await ready(page);
  const checked = page.getByRole("region", { name: "État des données" }).getByText(/^Fichier vérifié à/);
  await expect(checked).toHaveText(/\d\d:\d\d:\d\d$/);
  failing = true;
  // Twelve seconds of failures: SWR's own backoff would put the next try 5 to 15 s away, and more each time.
  await page.waitForTimeout(12_000);
  const during = await checked.textContent();
  failing = false;
  const back = Date.now();
  await page.waitForResponse((r) => r.url().includes("/dataset/status") && r.ok(), { timeout: 2000 + 1000 });
  await expect(checked).not.toHaveText(during!, { timeout: 1000 });
  console.log(`[faults] status checked again ${Date.now() - back} ms after the server answered again (refresh 2 s, after 12 s of failures)`);
});

test.describe("the notes window", () => {
  async function openNotes(context: BrowserContext, query: string) {
    const notes = await context.newPage();
    const started = Date.now();
    await notes.goto(`/fr/paris-2020/present${query}`);
    await ready(notes);
    const hydrated = Date.now();
    return { notes, started, hydrated };
  }

  test("opened mid-show, it joins the stage's slide within a second; either window then drives", async ({ context }) => {
    const audience = await context.newPage();
    await audience.goto("/fr/paris-2020/present");
    await ready(audience);
    for (let i = 0; i < 4; i++) await audience.keyboard.press("ArrowRight");
    await expect(stage(audience)).toHaveAttribute("data-slide", "5");

    const { notes, hydrated } = await openNotes(context, "?view=notes");
    await expect(notes.locator(".notes-current .stage")).toHaveAttribute("data-slide", "5", { timeout: 1000 });
    console.log(`[faults] notes window joined slide 5 ${Date.now() - hydrated} ms after it was interactive`);
    // Joining is where the window starts, not a move: its URL names the slide, with no extra history entry.
    await expect(notes).toHaveURL(/[?&]slide=5(&|$)/);

    await notes.keyboard.press("ArrowRight");
    await expect(stage(audience)).toHaveAttribute("data-slide", "6");
    await audience.bringToFront();
    await audience.keyboard.press("ArrowRight");
    await expect(notes.locator(".notes-current .stage")).toHaveAttribute("data-slide", "7");
  });

  test("reloaded on an old slide's URL, it joins the slide the stage has moved to since", async ({ context }) => {
    const audience = await context.newPage();
    await audience.goto("/fr/paris-2020/present?slide=2");
    await ready(audience);
    const { notes } = await openNotes(context, "?slide=2&view=notes");
    await notes.close();
    for (let i = 0; i < 6; i++) await audience.keyboard.press("ArrowRight");
    await expect(stage(audience)).toHaveAttribute("data-slide", "8");
    const again = await openNotes(context, "?slide=2&view=notes");
    await expect(again.notes.locator(".notes-current .stage")).toHaveAttribute("data-slide", "8", { timeout: 1000 });
    // The stage, closed while the notes window drove on, reopened on its old URL: it joins the
    // notes window's slide (the two differ first, so only the join can bring them together).
    await audience.close();
    await again.notes.keyboard.press("ArrowRight");
    await expect(again.notes.locator(".notes-current .stage")).toHaveAttribute("data-slide", "9");
    const reopened = await context.newPage();
    await reopened.goto("/fr/paris-2020/present?slide=8");
    await ready(reopened);
    await expect(stage(reopened)).toHaveAttribute("data-slide", "9", { timeout: 1000 });
    await expect(again.notes.locator(".notes-current .stage")).toHaveAttribute("data-slide", "9");
  });
});

test("offline, a reloaded stage opens the overview grid with `O` (its code from the worker's cache) and a tile moves the stage", async ({ context }) => {
  const page = await context.newPage();
  await page.goto("/fr/paris-2020/present?slide=2&refresh=2");
  await ready(page);
  await untilKept(page, "/fr/paris-2020/present");
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await page.keyboard.press("o");
  const grid = page.getByRole("dialog");
  await expect(grid).toBeVisible({ timeout: 5000 });
  await grid.locator(".overview-tile").nth(4).click();
  await expect(grid).toHaveCount(0);
  await expect(stage(page)).toHaveAttribute("data-slide", "5");
  await context.setOffline(false);
});

test.describe("the service worker", () => {
  test("is served as a script revalidated every time, allowed to fetch from this origin only", async ({ request }) => {
    const res = await request.get(PRESENTER_WORKER);
    expect(res.status()).toBe(200);
    const h = res.headers();
    expect(h["content-type"]).toMatch(/^text\/javascript/);
    expect(h["cache-control"]).toBe("no-cache");
    expect(h["content-security-policy"]).toBe("default-src 'none'; connect-src 'self'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(await res.text()).toContain(pageCacheName(BUILD_ID));
  });

  test("controls the presenter only: a reader page keeps its plain HTTP caching, and no policy is broken", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto("/fr/paris-2020/present?view=notes");
    await ready(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe("/fr/paris-2020/present");
    await page.reload();
    await ready(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/present-worker\.js$/);
    const reader = await page.goto("/fr/paris-2020");
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(reader?.headers()["cache-control"]).toMatch(/^public, /);
    expect(violations).toEqual([]);
  });
});

test.describe("HEAD and OPTIONS", () => {
  const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  /** One route of every kind, and what GET answers it with. */
  const ROUTES: [string, number][] = [
    ["/fr", 200],
    ["/fr/paris-2020", 200],
    ["/en/paris-2020?highlight=dati", 200],
    ["/fr/paris-2020/present?slide=2", 200],
    ["/fr/paris-2020/corrections", 200],
    ["/embed/paris-2020/cameras?lang=en", 200],
    ["/charts/paris-2020/cameras.svg", 200],
    ["/charts/paris-2020/cameras.csv", 200],
    ["/api/elections", 200],
    [LIVE_DATA, 200],
    ["/api/elections/paris-2020/dataset/status?lang=fr", 200],
    [`/api/oembed?url=${encodeURIComponent(`http://127.0.0.1:${process.env.E2E_PORT ?? 3100}/embed/paris-2020/cameras`)}`, 200],
    ["/corrections.xml", 200],
    ["/embed.js", 200],
    ["/robots.txt", 200],
    ["/icon.svg", 200],
    [PRESENTER_WORKER, 200],
    ["/fr/present", 308],
    ["/does-not-exist", 404],
    ["/fr/nowhere", 404],
    ["/embed/paris-2020/no-such-chart", 404],
  ];
  /**
   * Headers that differ between two answers by nature (time, body length), and Content-Encoding,
   * which Next.js's on-the-fly gzip decides while it writes a body (RFC 9110 §9.3.2: a HEAD may
   * omit fields "determined only while generating the content"; the byte cache's HEADs keep it).
   */
  const VARYING = new Set(["content-encoding", "date", "content-length", "transfer-encoding", "connection", "keep-alive", "x-cache", "age", "etag", "last-modified", "set-cookie"]);
  /** A header with its per-request nonce (the policy's, the preload links') blanked. */
  const withoutNonce = (value = "") => value.replace(/'nonce-[^']+'/g, "'nonce-…'").replace(/nonce="[^"]+"/g, 'nonce="…"');

  for (const [route, status] of ROUTES) {
    test(`${route}: HEAD has the GET's status and headers and no body; OPTIONS is 204 with Allow`, async ({ request }) => {
      const headers = { Accept: BROWSER_ACCEPT, "Accept-Encoding": "gzip, deflate, br" };
      const get = await request.get(route, { headers, maxRedirects: 0 });
      const head = await request.head(route, { headers, maxRedirects: 0 });
      expect(get.status()).toBe(status);
      expect(head.status()).toBe(status);
      expect((await head.body()).length).toBe(0);
      const g = get.headers();
      const h = head.headers();
      const names = (x: Record<string, string>) =>
        Object.keys(x)
          .filter((k) => !VARYING.has(k))
          .sort();
      expect(names(h)).toEqual(names(g));
      for (const name of names(g)) expect(withoutNonce(h[name]), name).toBe(withoutNonce(g[name]));

      const options = await request.fetch(route, { method: "OPTIONS", maxRedirects: 0 });
      expect(options.status()).toBe(204);
      expect((await options.body()).length).toBe(0);
      const o = options.headers();
      expect(o.allow).toBe("GET, HEAD, OPTIONS");
      expect(o["x-content-type-options"]).toBe("nosniff");
      expect(o["content-security-policy"]).toContain("default-src 'none'");
      expect(o["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      if (!route.startsWith("/embed/")) expect(o["x-frame-options"]).toBe("DENY");
    });
  }
});
