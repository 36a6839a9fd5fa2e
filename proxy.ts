// Runs before every request Next.js handles but static assets (what the byte cache answers,
// lib/http/byte-front.ts, never gets here; its fills do): answers undecodable URLs with a 404
// (Next.js would answer 500). Sends the page URLs that predate elections in URLs (`/fr/present`,
// `/fr/corrections`, `/fr?cell=…`) to Paris 2020's by 308 (browsers keep the fragment; embeds,
// downloads and the legacy JSON are served, not redirected, by their routes). While there is one
// election, a bare `/{lang}` is its dashboard, rendered in place (no redirect: on a phone's slow
// network a redirect costs a round trip before the first byte of the page; the page names its
// canonical URL), and `/{lang}?…` leads there by 308, query kept. Lets the byte cache's own renders of pages through
// without a nonce (it keeps them as documents every reader shares, their inline scripts allowed by
// hash); gives every other page (the presenter and its client-side router's payloads, 404s, a
// page whose fill failed) a fresh nonce and its policy; gives files and JSON a policy that lets nothing
// run, and the presenter's service worker one that lets it fetch from this origin only; adds
// HSTS over HTTPS. Embeds set their own policy. Answers OPTIONS on every path itself
// (204 and the methods the site takes): Next.js would answer a page's with 400 and a metadata
// file's with 405.
import { type NextRequest, NextResponse } from "next/server";
import { LEGACY_ELECTION } from "@/lib/dataset/load";
import { onlyElectionTarget } from "@/lib/http/only-election";
import { buildRecord, isOwnRender, renderPerRequestCookie } from "@/lib/http/prerendered";
import { fileCsp, hstsHeader, newNonce, pageCsp, workerCsp } from "@/lib/http/security";
import { isLocale } from "@/lib/i18n/locales";
import { legacyPageTarget, PRESENTER_WORKER } from "@/lib/routes";

/** A legacy URL's new place never changes: caches may keep the redirect a day. */
const LEGACY_REDIRECT_CACHE = "public, max-age=86400";

/** `/{lang}?…` leads to the one election's dashboard only until a second is added: revalidated every time, so browsers do not keep it as permanent. */
const CATALOGUE_REDIRECT_CACHE = "public, max-age=0, must-revalidate";

/** What every route answers (lib/http/byte-front.ts and the route handlers answer GET and HEAD alike). */
const ALLOWED_METHODS = "GET, HEAD, OPTIONS";

/** Paths served as files or JSON; every other path but /embed/* is a page. */
const FILE_PREFIXES = ["/api/", "/charts/", "/corrections.xml", "/embed.js", "/site.js", "/icon.svg", "/robots.txt"];

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
  if (request.method === "OPTIONS") {
    response = optionsResponse();
  } else if (pathname === PRESENTER_WORKER) {
    response = NextResponse.next();
    response.headers.set("Content-Security-Policy", workerCsp());
  } else if (pathname.startsWith("/embed/")) {
    response = NextResponse.next();
  } else if (FILE_PREFIXES.some((p) => pathname.startsWith(p))) {
    response = NextResponse.next();
    response.headers.set("Content-Security-Policy", fileCsp());
  } else {
    response = pageRedirect(request) ?? pageResponse(request, onlyElectionDashboard(request));
  }
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

/** A 308 to where a legacy page URL now lives, or from `/{lang}?…` to the only election's dashboard (the query kept); undefined for any other page. */
function pageRedirect(request: NextRequest): NextResponse | undefined {
  const { pathname, search } = request.nextUrl;
  const legacy = legacyPageTarget(pathname, search, LEGACY_ELECTION);
  if (legacy) return redirect(request, legacy, LEGACY_REDIRECT_CACHE);
  const only = onlyElectionTarget(pathname, search);
  return only?.kind === "redirect" ? redirect(request, only.path, CATALOGUE_REDIRECT_CACHE) : undefined;
}

/** For a bare `/{lang}` while there is one election, the path of its dashboard, which answers in its place; else undefined. */
function onlyElectionDashboard(request: NextRequest): string | undefined {
  const only = onlyElectionTarget(request.nextUrl.pathname, request.nextUrl.search);
  return only?.kind === "render" ? only.path : undefined;
}

/** OPTIONS, as HTTP says: no content, the methods allowed. The site is read-only: every route takes GET and HEAD, nothing else. */
function optionsResponse(): NextResponse {
  // No Cache-Control: HTTP caches do not keep answers to OPTIONS.
  return new NextResponse(null, { status: 204, headers: { Allow: ALLOWED_METHODS, "Content-Security-Policy": fileCsp() } });
}

/** A permanent redirect to a path of this site, with nothing to run. (Next.js wants an absolute Location here, and sends it relative: right behind any proxy or CDN.) */
function redirect(request: NextRequest, path: string, cacheControl: string): NextResponse {
  return new NextResponse(null, { status: 308, headers: { Location: new URL(path, request.url).href, "Cache-Control": cacheControl, "Content-Security-Policy": fileCsp() } });
}

/**
 * A page Next.js renders (the page at `rewriteTo` in its place when given): this server's own
 * render for the byte cache as it is (no nonce: the cache allows its inline scripts by hash), any
 * other with a fresh nonce.
 */
function pageResponse(request: NextRequest, rewriteTo?: string): NextResponse {
  const pathname = rewriteTo ?? request.nextUrl.pathname;
  const dev = process.env.NODE_ENV === "development";
  const record = dev ? undefined : buildRecord();
  if (record && isOwnRender(request.cookies, record)) return rewriteTo ? NextResponse.rewrite(new URL(rewriteTo, request.url)) : NextResponse.next();
  const [, lang, below] = pathname.split("/");
  const csp = pageCsp(newNonce(), record?.standInHashes, dev);
  // Next.js reads the nonce from the request's policy and puts it on its own scripts.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  // Every path under a language but the catalogue is rendered per request, in draft mode: Next.js
  // must not render an unknown election on demand and keep its 404 on disk as if it were a page
  // (one file per hostile URL), nor answer it with its bare error shell; and a dashboard view the
  // byte cache could not answer is rendered with its query, on the same route as the cache's fills.
  if (record && isLocale(lang) && below !== undefined) headers.set("Cookie", [request.headers.get("cookie"), renderPerRequestCookie(record)].filter(Boolean).join("; "));
  const response = rewriteTo ? NextResponse.rewrite(new URL(rewriteTo, request.url), { request: { headers } }) : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Prefetches too: a prefetched view must come from the same route as the view itself.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
