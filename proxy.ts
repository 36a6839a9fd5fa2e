// Runs before every request but static assets: answers undecodable URLs with a 404 (Next.js would
// answer 500); serves the dashboard's default view from its prerendered file, with a policy that
// allows that file's inline scripts by hash, and has every other view rendered per request;
// gives pages rendered per request a nonce and their policy; gives files and JSON a policy that
// lets nothing run; adds HSTS over HTTPS. Embeds set their own policy.
import { NextResponse, type NextRequest } from "next/server";
import { loadDataset } from "@/lib/dataset/load";
import { buildRecord, currentPrerenderedPage, isDashboardPath, renderPerRequestCookie } from "@/lib/http/prerendered";
import { fileCsp, hstsHeader, newNonce, pageCsp, prerenderedPageCsp } from "@/lib/http/security";

/** A prerendered page is the same for every reader: a CDN may keep it five minutes, then serve it stale while it fetches the next. */
const PRERENDERED_CACHE_CONTROL = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";

/** Paths served as files or JSON; every other path but /embed/* is a page. */
const FILE_PREFIXES = ["/api/", "/charts/", "/embed.js", "/icon.svg", "/robots.txt"];

export function proxy(request: NextRequest): NextResponse {
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
    response = pageResponse(request);
  }
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

/** A page: the dashboard's prerendered file when it is current, else a render with a fresh nonce. */
function pageResponse(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  const dev = process.env.NODE_ENV === "development";
  const record = dev ? undefined : buildRecord();
  const dashboard = isDashboardPath(pathname);
  const prerendered = dashboard ? currentPrerenderedPage(searchParams, record?.pages[pathname], loadDataset()) : undefined;
  if (prerendered) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", prerenderedPageCsp(prerendered.scriptHashes));
    response.headers.set("Cache-Control", PRERENDERED_CACHE_CONTROL);
    return response;
  }
  const csp = pageCsp(newNonce(), record?.standInHashes, dev);
  // Next.js reads the nonce from the request's policy and puts it on its own scripts.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  // Another view of the dashboard (or a dataset corrected since the build): render it, on the
  // same route, so the reader's URL stays and the page is not remounted.
  if (dashboard && record) headers.set("Cookie", [request.headers.get("cookie"), renderPerRequestCookie(record)].filter(Boolean).join("; "));
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Prefetches too: a prefetched view must come from the same route as the view itself.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
