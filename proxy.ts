// Runs before every request but static assets: answers undecodable URLs with a 404 (Next.js would
// answer 500). Sends the page URLs that predate elections in URLs (`/fr/present`, `/fr/corrections`,
// `/fr?cell=…`) to Paris 2020's, and `/{lang}` to the one election when there is only one, by 308
// (browsers keep the fragment; embeds, downloads and the legacy JSON are served, not redirected,
// by their routes). Serves each election's dashboard as documents every reader shares, each with a policy that
// allows its inline scripts by hash and a Cache-Control a CDN honours: the default view from its
// prerendered file, any other view (or any view after a live correction) rendered once and kept
// (lib/http/view-documents.ts). Gives what is rendered per request (the client-side router's
// view payloads, the presenter, 404s) a fresh nonce and its policy; gives files and JSON a policy
// that lets nothing run; adds HSTS over HTTPS. Embeds set their own policy.
import { type NextRequest, NextResponse } from "next/server";
import { isElection, LEGACY_ELECTION, loadCatalogue, loadDataset } from "@/lib/dataset/load";
import { buildRecord, canonicalViewQuery, currentPrerenderedPage, isOwnRender, prerenderedPageOf, renderPerRequestCookie } from "@/lib/http/prerendered";
import { fileCsp, hashedPageCsp, hstsHeader, newNonce, pageCsp } from "@/lib/http/security";
import { cachedViewDocument, type ViewDocument } from "@/lib/http/view-documents";
import { isLocale } from "@/lib/i18n/locales";
import { dashboardHref, keptQuery, legacyPageTarget, parsePagePath } from "@/lib/routes";

/** A prerendered or cached page is the same for every reader: a CDN may keep it five minutes, then serve it stale while it fetches the next. */
const CACHEABLE_PAGE = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";

/** A legacy URL's new place never changes: caches may keep the redirect a day. */
const LEGACY_REDIRECT_CACHE = "public, max-age=86400";

/** `/{lang}` leads to the one election only until a second is added: revalidated every time, so browsers do not keep it as permanent. */
const CATALOGUE_REDIRECT_CACHE = "public, max-age=0, must-revalidate";

/** Paths served as files or JSON; every other path but /embed/* is a page. */
const FILE_PREFIXES = ["/api/", "/charts/", "/corrections.xml", "/embed.js", "/icon.svg", "/robots.txt"];

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse("Not found\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": fileCsp(), "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY" },
    });
  }
  const hsts = hstsHeader(request.nextUrl.protocol, request.headers.get("x-forwarded-proto"));
  let response: NextResponse;
  if (pathname.startsWith("/embed/")) {
    response = NextResponse.next();
  } else if (FILE_PREFIXES.some((p) => pathname.startsWith(p))) {
    response = NextResponse.next();
    response.headers.set("Content-Security-Policy", fileCsp());
  } else {
    response = pageRedirect(request) ?? (await pageResponse(request));
  }
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

/** A 308 to where a legacy page URL now lives, or from `/{lang}` to the only election's dashboard (the query kept); undefined for any other page. */
function pageRedirect(request: NextRequest): NextResponse | undefined {
  const { pathname, search } = request.nextUrl;
  const legacy = legacyPageTarget(pathname, search, LEGACY_ELECTION);
  if (legacy) return redirect(request, legacy, LEGACY_REDIRECT_CACHE);
  const page = parsePagePath(pathname);
  if (page?.page !== "catalogue") return undefined;
  const catalogue = loadCatalogue();
  return catalogue.length === 1 ? redirect(request, dashboardHref(page.lang, catalogue[0]!.election, keptQuery(search)), CATALOGUE_REDIRECT_CACHE) : undefined;
}

/** A permanent redirect to a path of this site, with nothing to run. (Next.js wants an absolute Location here, and sends it relative: right behind any proxy or CDN.) */
function redirect(request: NextRequest, path: string, cacheControl: string): NextResponse {
  return new NextResponse(null, { status: 308, headers: { Location: new URL(path, request.url).href, "Cache-Control": cacheControl, "Content-Security-Policy": fileCsp() } });
}

/** A page: an election's dashboard as a cached document when it can be, else a render with a fresh nonce. */
async function pageResponse(request: NextRequest): Promise<NextResponse> {
  const { pathname, searchParams } = request.nextUrl;
  const dev = process.env.NODE_ENV === "development";
  const record = dev ? undefined : buildRecord();
  const page = parsePagePath(pathname);
  const [, lang, below] = pathname.split("/");
  // Every path under a language but the catalogue is rendered per request unless served below
  // from the build or the cache: Next.js must not render an unknown election on demand and keep
  // its 404 on disk as if it were a page (one file per hostile URL), nor answer it with its bare
  // error shell.
  const perRequest = isLocale(lang) && below !== undefined;
  const known = page && page.page !== "catalogue" && isElection(page.election);
  const dashboard = known && page.page === "dashboard" ? page : undefined;
  if (record && dashboard) {
    // This server asking itself for a view (see below): let Next.js render it, without a nonce.
    if (isOwnRender(request.cookies, record)) return NextResponse.next();
    const live = loadDataset(dashboard.election);
    const query = canonicalViewQuery(searchParams, live);
    const prerendered = currentPrerenderedPage(query, prerenderedPageOf(record, pathname), live);
    if (prerendered) {
      const response = NextResponse.next();
      response.headers.set("Content-Security-Policy", hashedPageCsp(prerendered.scriptHashes));
      response.headers.set("Cache-Control", CACHEABLE_PAGE);
      return response;
    }
    if (isDocumentRequest(request)) {
      const document = await cachedViewDocument(`${dashboard.election} ${pathname}${query} ${live.etag}`, `${ownOrigin()}${pathname}${query}`, renderPerRequestCookie(record));
      if (document) return documentResponse(document);
    }
  }
  const csp = pageCsp(newNonce(), record?.standInHashes, dev);
  // Next.js reads the nonce from the request's policy and puts it on its own scripts.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  // Another view (or a dataset corrected since the build), asked for by the client-side router:
  // rendered per request, on the same route, so the page is not remounted (focus and scroll stay).
  if (record && perRequest) headers.set("Cookie", [request.headers.get("cookie"), renderPerRequestCookie(record)].filter(Boolean).join("; "));
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * A browser navigating to the page (or a CDN on its behalf), as opposed to the client-side
 * router fetching the view's RSC payload. Next.js strips its RSC headers and `_rsc` parameter
 * before the proxy runs, so this goes by what browsers send: navigations accept text/html, the
 * router's fetches accept anything and say `Sec-Fetch-Dest: empty`.
 */
function isDocumentRequest(request: NextRequest): boolean {
  const accept = request.headers.get("accept") ?? "";
  return request.method === "GET" && accept.includes("text/html") && request.headers.get("sec-fetch-dest") !== "empty";
}

/** Where this server listens, for asking itself for a page (`next start` records it). */
function ownOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`;
}

/** A cached view document, with its hash-based policy. (Next.js compresses it, as it does its own pages.) */
function documentResponse(document: ViewDocument): NextResponse {
  const headers = new Headers({
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": hashedPageCsp(document.scriptHashes),
    "Cache-Control": CACHEABLE_PAGE,
    Vary: document.vary,
  });
  return new NextResponse(document.html, { status: 200, headers });
}

export const config = {
  // Prefetches too: a prefetched view must come from the same route as the view itself.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
