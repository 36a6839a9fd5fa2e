// GET /embed.js: the host-page script that sizes embed iframes (see lib/embed/scripts.ts).
import { HOST_SCRIPT } from "@/lib/embed/scripts";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(HOST_SCRIPT, {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400" },
  });
}
