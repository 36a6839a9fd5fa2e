// Runs before every request but static assets: answers undecodable URLs with a 404 (Next.js would
// answer 500), gives pages a per-request nonce and their content security policy, gives files
// and JSON a policy that lets nothing run, and adds HSTS over HTTPS. Embeds set their own policy.
import { NextResponse, type NextRequest } from "next/server";
import { fileCsp, hstsHeader, newNonce, pageCsp } from "@/lib/http/security";

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
    const nonce = newNonce();
    const csp = pageCsp(nonce, process.env.NODE_ENV === "development");
    // Next.js reads the nonce from the request's policy and puts it on its own scripts.
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
    response.headers.set("Content-Security-Policy", csp);
  }
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image).*)", missing: [{ type: "header", key: "next-router-prefetch" }] }],
};
