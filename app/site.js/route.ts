// GET /site.js: the reader pages' one script (lib/site-script/). Pages name it with its content's
// hash (`?v=`), so a browser may keep that URL for good; any other query gets the current script,
// revalidated, so an old page's script tag still works after an update.
import type { NextRequest } from "next/server";
import { SITE_SCRIPT, SITE_SCRIPT_SRC } from "@/lib/site-script/site-script.min";

export function GET(request: NextRequest): Response {
  const current = request.nextUrl.search === new URL(SITE_SCRIPT_SRC, request.nextUrl).search;
  return new Response(SITE_SCRIPT, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
    },
  });
}
