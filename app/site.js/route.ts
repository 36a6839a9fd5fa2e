// GET /site.js?v=…: the reader pages' one script (lib/site-script/), named by its content's hash,
// so a browser may keep it for good. Any other version is a 404: a page from an earlier build (kept
// by a CDN for a while) must not get a script written for other markup; it stays plain HTML,
// which works without it, until its next copy names the current script.
import type { NextRequest } from "next/server";
import { SITE_BUNDLE, SITE_SCRIPT_SRC } from "@/lib/site-script/site-script.min";

export function GET(request: NextRequest): Response {
  if (request.nextUrl.search !== new URL(SITE_SCRIPT_SRC, request.nextUrl).search) {
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" } });
  }
  return new Response(SITE_BUNDLE, { headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" } });
}
