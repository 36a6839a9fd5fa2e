// GET /present-worker.js: the presenter's service worker (lib/present/offline.ts), named after the
// build so that a new build replaces it and drops the old build's kept chunks. Revalidated on every
// registration check (no-cache): a worker kept by HTTP would keep the old build's pages alive.
// Its policy (proxy.ts) lets it fetch from this origin only, and run nothing else.
import { buildRecord } from "@/lib/http/prerendered";
import { presenterWorkerScript } from "@/lib/present/offline";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return new Response(presenterWorkerScript(buildRecord()?.buildId ?? "development"), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" },
  });
}
