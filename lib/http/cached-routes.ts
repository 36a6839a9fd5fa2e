// Which requests the byte cache answers (lib/http/byte-front.ts), under which key, filled from
// which canonical URL, and which data versions their bytes depend on. Only what is the same for
// every reader: pages as browsers navigate to them (not the client-side router's payloads, not
// the presenter), embeds, chart files and social cards, the datasets, the catalogue, the feed and
// the host and site scripts. Every key is canonical (lib/view.ts, lib/embed/options.ts): an unknown or
// hostile parameter never makes a new entry, so no one can make the server render and compress
// per random query; an unknown election, chart, candidate or theme is left to Next.js (a 404).
import "server-only";
import type { IncomingHttpHeaders } from "node:http";
import { isChartSlug } from "@/lib/charts/registry";
import { type CatalogueEntry, isElection, LEGACY_ELECTION, loadCatalogue, loadDataset, loadVersion } from "@/lib/dataset/load";
import { embedQuery, parseEmbedOptions, parseVersionParam } from "@/lib/embed/options";
import {
  CATALOGUE_API,
  chartFileHref,
  datasetHref,
  EMBED_SCRIPT,
  embedHref,
  FEED_PATH,
  legacyPageTarget,
  type PagePath,
  parseChartFilePath,
  parseEmbedPathname,
  parsePagePath,
  SITE_SCRIPT,
} from "@/lib/routes";
import { SITE_SCRIPT_SRC } from "@/lib/site-script/site-script.min";
import { onlyElectionTarget } from "./only-election";
import { trustedHost } from "./origin";
import { canonicalViewQuery, DRAFT_MODE_COOKIE } from "./prerendered";

/** A request the cache answers. */
export interface CachedRoute {
  /** The entry's key: the canonical path and query, and the origin its absolute links name when that comes from the request. */
  key: string;
  /** What the fill asks this server for: the canonical path and query. */
  path: string;
  /** A page: filled with the build's draft-mode cookie (no nonce), its inline scripts then allowed by hash. */
  page: boolean;
  /** The Host header the fill passes on, when the bytes name the origin the reader asked (SITE_URL unset). */
  host?: string;
  /** With `host`: the scheme a proxy in front says the reader used (X-Forwarded-Proto), passed on too, since the links name it. */
  proto?: "http" | "https";
  /** The live ETags of the elections the bytes show: the entry is refilled when they change. */
  deps: string;
}

/** What the classification reads of a request. */
export interface RequestFacts {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
}

/** Headers with which Next.js's client-side router asks for a payload rather than a document. */
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch"];

/** With SITE_URL unset, the hosts whose answers are kept: a few names for one server (its address, its domain); forged ones only push out the least recently seen. */
export const MAX_ORIGINS = 8;
/** Insertion order as recency: the host seen longest ago makes way for a new one. */
const origins = new Set<string>();

/** The route a GET or HEAD asks for, when the cache answers it; undefined: Next.js answers. */
export function cachedRoute(request: RequestFacts): CachedRoute | undefined {
  const { method, url, headers } = request;
  if ((method !== "GET" && method !== "HEAD") || !url?.startsWith("/") || url.startsWith("//")) return undefined;
  // The client-side router's payloads, and requests in draft mode (this server's own renders, or someone's guess at the cookie).
  if (ROUTER_HEADERS.some((h) => headers[h] !== undefined) || headers.cookie?.includes(`${DRAFT_MODE_COOKIE}=`)) return undefined;
  const parsed = new URL(url, "http://cache.invalid");
  const pathname = url.split("?")[0]!;
  // Only a path as it will be routed: nothing the URL parser would rewrite (dot segments, backslashes).
  if (parsed.pathname !== pathname || parsed.searchParams.has("_rsc")) return undefined;
  const params = parsed.searchParams;
  const page = parsePagePath(pathname);
  // A browser's navigation, the site script's fetch of another view (lib/site-script/soft-nav.ts), a CDN, a crawler or curl: the same document.
  if (page) return pageRoute(page, pathname, parsed.search);
  if (pathname.startsWith("/embed/")) return chartRoute(pathname, params, headers, "embed");
  if (pathname.startsWith("/charts/")) return chartRoute(pathname, params, headers, "file");
  if (pathname === "/api/dataset") return datasetRoute(LEGACY_ELECTION, params);
  const dataset = /^\/api\/elections\/([^/]+)\/dataset$/.exec(pathname);
  if (dataset) return datasetRoute(dataset[1]!, params);
  if (pathname === CATALOGUE_API || pathname === FEED_PATH) return withOrigin({ key: pathname, path: pathname, page: false, deps: catalogueDeps(loadCatalogue()) }, headers);
  if (pathname === EMBED_SCRIPT) return { key: pathname, path: pathname, page: false, deps: "" };
  // The current script under its versioned URL only; any other version is Next.js's 404 (app/site.js/route.ts).
  if (pathname === SITE_SCRIPT) return url === SITE_SCRIPT_SRC ? { key: url, path: url, page: false, deps: "" } : undefined;
  return undefined;
}

/** Every page but the presenter: a dashboard keyed by its canonical view, any other page by its path alone (they read no query). */
function pageRoute(page: PagePath, pathname: string, search: string): CachedRoute | undefined {
  if (page.page === "present") return undefined;
  if (page.page === "catalogue") {
    // `/{lang}?cell=…` is a legacy shared link, and with one election `/{lang}?…` leads to its dashboard: redirects, not pages (proxy.ts).
    if (legacyPageTarget(pathname, search, LEGACY_ELECTION)) return undefined;
    const only = onlyElectionTarget(pathname, search);
    // With one election, a bare `/{lang}` is its dashboard: the same bytes, under the dashboard's own key.
    if (only) return only.kind === "render" ? pageRoute({ page: "dashboard", lang: page.lang, election: only.election }, only.path, "") : undefined;
    const catalogue = loadCatalogue();
    return catalogue.length >= 2 ? { key: pathname, path: pathname, page: true, deps: catalogueDeps(catalogue) } : undefined;
  }
  if (!isElection(page.election)) return undefined;
  const live = loadDataset(page.election);
  if (page.page === "candidate" && !live.dataset.candidates.some((c) => c.id === page.item)) return undefined;
  if (page.page === "theme" && !live.dataset.themes.some((t) => t.id === page.item)) return undefined;
  const path = page.page === "dashboard" ? `${pathname}${canonicalViewQuery(new URLSearchParams(search), live)}` : pathname;
  return { key: path, path, page: true, deps: live.etag };
}

/** An embed or a chart file (SVG, CSV, PNG; the PNG also as a social card), new or legacy URL, keyed by its canonical options. */
function chartRoute(pathname: string, params: URLSearchParams, headers: IncomingHttpHeaders, kind: "embed" | "file"): CachedRoute | undefined {
  const embed = kind === "embed" ? parseEmbedPathname(pathname, LEGACY_ELECTION) : undefined;
  const file = kind === "file" ? parseChartFilePath(pathname.slice("/charts/".length).split("/"), LEGACY_ELECTION) : undefined;
  const chart = embed ?? file;
  if (!chart || !isElection(chart.election)) return undefined;
  const live = loadDataset(chart.election);
  if (!isChartSlug(live.dataset, chart.chart) || !knownVersion(chart.election, params)) return undefined;
  const query = embedQuery(
    parseEmbedOptions(
      params,
      live.dataset.candidates.map((c) => c.id),
    ),
  );
  // The social card is the PNG fitted to 1200×630 (app/charts/[...path]/route.ts reads `format` so).
  const card = file?.format === "png" && params.get("format") === "og" ? `${query ? "&" : "?"}format=og` : "";
  const path = file ? chartFileHref(file.election, file.chart, file.format, `${query}${card}`) : embedHref(chart.election, chart.chart, query);
  return withOrigin({ key: path, path, page: false, deps: live.etag }, headers);
}

/** An election's dataset, latest or one pinned version (`?v=`). */
function datasetRoute(election: string, params: URLSearchParams): CachedRoute | undefined {
  if (!isElection(election) || !knownVersion(election, params)) return undefined;
  const version = parseVersionParam(params);
  const path = datasetHref(election, version.kind === "pinned" ? version.version : undefined);
  return { key: path, path, page: false, deps: loadDataset(election).etag };
}

/** No `v`, or one the election's history holds; a malformed or unknown one is Next.js's to answer (404). */
function knownVersion(election: string, params: URLSearchParams): boolean {
  const version = parseVersionParam(params);
  return version.kind === "latest" || (version.kind === "pinned" && loadVersion(election, version.version) !== undefined);
}

/** The stamp of answers that show every election: each one's id and live ETag. */
function catalogueDeps(catalogue: readonly CatalogueEntry[]): string {
  return catalogue.map(({ election, live }) => `${election}=${live.etag}`).join(" ");
}

/**
 * A route whose bytes carry absolute links (embeds, files, the catalogue JSON, the feed): with
 * SITE_URL set, they name it; without, the Host the reader asked for (lib/http/origin.ts), which
 * then is part of the key and passed on to the fill, with the scheme a TLS proxy in front reports.
 * A Host that origin.ts would not trust is left to Next.js; only the MAX_ORIGINS hosts seen most
 * recently are kept, so forged ones cannot grow the set, nor shut the real one out for good.
 */
function withOrigin(route: CachedRoute, headers: IncomingHttpHeaders): CachedRoute | undefined {
  if (process.env.SITE_URL?.replace(/\/+$/, "")) return route;
  const host = headers.host;
  if (!trustedHost(host)) return undefined;
  origins.delete(host);
  origins.add(host);
  if (origins.size > MAX_ORIGINS) origins.delete(origins.values().next().value!);
  const forwarded = headers["x-forwarded-proto"];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return { ...route, key: `${route.key} @${proto}://${host}`, host, proto };
}

/** Forgets the hosts seen (tests). */
export function forgetOrigins(): void {
  origins.clear();
}
