// GET /corrections.xml: every election's corrections log as one Atom feed (lib/corrections/feed.ts).
// Built from the live datasets once per set of versions (a correction appears at once; other
// requests build nothing) and revalidated like the datasets themselves: a strong ETag, 304 when unchanged.
import { cachedCorrectionsFeed } from "@/lib/corrections/feed";
import { loadCatalogue } from "@/lib/dataset/load";
import { DATASET_CACHE_CONTROL, matchesEtag } from "@/lib/http/dataset-response";
import { siteOrigin } from "@/lib/http/origin";

export function GET(request: Request): Response {
  const { xml, etag } = cachedCorrectionsFeed(
    loadCatalogue().map((entry) => entry.live.versions),
    siteOrigin(request),
  );
  const headers = { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": DATASET_CACHE_CONTROL, ETag: etag };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(xml, { headers });
}
