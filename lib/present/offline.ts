// What the presenter keeps for a network cut, and when a kept copy is shown. The page and its
// assets are kept by a service worker scoped to the presenter (its script: presenterWorkerScript);
// the last valid dataset of each election is kept by the page itself, after its own schema check,
// so that nothing unchecked is ever kept. Pure: the worker's script embeds the functions it uses.

/** Caches of the presenter's pages and assets start with this; the build's id ends them, so a new build drops the old chunks. */
export const PAGE_CACHE_PREFIX = "presenter-pages-";

/** The last valid dataset of each election, kept across builds (the page checks a kept copy again before it shows it). */
export const DATA_CACHE = "presenter-data";

/** The header of a kept dataset that says when it was fetched (ms since the epoch). */
export const KEPT_AT_HEADER = "x-kept-at";

/** With a kept page at hand, how long the worker waits for the server before it shows that copy. */
export const NAVIGATION_TIMEOUT_MS = 6000;

/** Whether the presenter registers its caching worker under `nodeEnv`: production only, as a dev server's hot reload behind a caching worker would serve old code. */
export function keepsPresenterOffline(nodeEnv: string | undefined): boolean {
  return nodeEnv === "production";
}

/** The cache of pages and assets of one build. */
export function pageCacheName(buildId: string): string {
  return PAGE_CACHE_PREFIX + buildId;
}

/** The key a presenter page is kept under whatever its slide: the URL without `slide`, the rest of its query sorted (the page moves to the URL's slide itself). */
export function pageCacheKey(href: string): string {
  const url = new URL(href);
  url.searchParams.delete("slide");
  url.searchParams.sort();
  url.hash = "";
  return url.href;
}

/** Whether a same-origin path is one of the build's assets (chunks, CSS, fonts): named by their content, so a kept copy never goes stale. */
export function isBuildAsset(pathname: string): boolean {
  return pathname.startsWith("/_next/static/");
}

/** Whether a page's answer is worth keeping: a complete HTML page, never an error, a redirect or a 404. */
export function keepsPage(status: number, contentType: string | null): boolean {
  return status === 200 && (contentType ?? "").startsWith("text/html");
}

/** Whether the worker shows its kept page instead of this answer from the server: a server error (a restart, a proxy with no upstream) is no page to show an audience. */
export function prefersKeptPage(status: number): boolean {
  return status >= 500;
}

/** Whether a kept dataset answered at `keptAt` should replace the one on screen, last known good at `shownAt` (both by the server's clock): only a newer copy, never a step back. */
export function isNewerCopy(keptAt: number, shownAt: number): boolean {
  return Number.isFinite(keptAt) && keptAt > shownAt;
}

/**
 * The service worker's script for build `buildId`. It answers only the presenter's pages (its
 * scope) and the build's assets: pages from the network first (kept on every 200, the kept copy
 * shown when the network fails, a server error answers, or the server stays silent), assets from
 * the cache first. Everything else (data, status) goes to the network untouched: the page keeps
 * its data itself. A message `{keep: [urls]}` from a page keeps what it loaded before the worker ran.
 */
export function presenterWorkerScript(buildId: string): string {
  return `"use strict";
const CACHE = ${JSON.stringify(pageCacheName(buildId))};
const PREFIX = ${JSON.stringify(PAGE_CACHE_PREFIX)};
const TIMEOUT = ${NAVIGATION_TIMEOUT_MS};
const pageCacheKey = (${pageCacheKey.toString()});
const isBuildAsset = (${isBuildAsset.toString()});
const keepsPage = (${keepsPage.toString()});
const prefersKeptPage = (${prefersKeptPage.toString()});
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)))));
});
self.addEventListener("message", (event) => {
  const urls = event.data && Array.isArray(event.data.keep) ? event.data.keep : [];
  event.waitUntil(Promise.all(urls.map((u) => keep(String(u)).catch(() => {}))));
});
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") event.respondWith(page(request, event));
  else if (isBuildAsset(url.pathname)) event.respondWith(asset(request));
});
async function keep(href) {
  const url = new URL(href, self.location.origin);
  if (url.origin !== self.location.origin) return;
  const cache = await caches.open(CACHE);
  if (isBuildAsset(url.pathname)) {
    if (!(await cache.match(url.href))) await cache.add(url.href);
  } else if (url.pathname.startsWith(new URL(self.registration.scope).pathname)) {
    await store(cache, url.href, await fetch(url.href, { credentials: "same-origin" }));
  }
}
async function store(cache, href, response) {
  if (!keepsPage(response.status, response.headers.get("content-type"))) return;
  await cache.put(pageCacheKey(href), response);
}
async function kept(href) {
  const cache = await caches.open(CACHE);
  return cache.match(pageCacheKey(href), { ignoreVary: true });
}
async function page(request, event) {
  const cache = await caches.open(CACHE);
  const copy = await kept(request.url);
  // The live page is answered as soon as its headers arrive (streamed); keeping a copy reads the
  // whole body, so it runs beside it rather than before it.
  const network = fetch(request).then((response) => {
    event.waitUntil(store(cache, request.url, response.clone()).catch(() => {}));
    return response;
  });
  if (!copy) return network;
  network.catch(() => {});
  const timeout = new Promise((resolve) => setTimeout(() => resolve(copy), TIMEOUT));
  try {
    const response = await Promise.race([network, timeout]);
    return prefersKeptPage(response.status) ? copy : response;
  } catch {
    return copy;
  }
}
async function asset(request) {
  const cache = await caches.open(CACHE);
  const copy = await cache.match(request, { ignoreVary: true });
  if (copy) return copy;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone()).catch(() => {});
  return response;
}
`;
}
