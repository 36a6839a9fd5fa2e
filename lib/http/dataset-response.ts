// The HTTP answer for the dataset, kept pure so the caching rules are unit-tested.

/** Browsers revalidate every time (cheap with the ETag); shared caches keep it 60 s, then serve stale for up to 10 min while refetching. */
export const DATASET_CACHE_CONTROL = "public, max-age=0, must-revalidate, s-maxage=60, stale-while-revalidate=600";

/** True when an If-None-Match header names this ETag (or `*`); weak comparison, as RFC 9110 asks for If-None-Match. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/** 200 with the JSON, or 304 when the client already has this version. */
export function datasetResponse(loaded: { json: string; etag: string }, ifNoneMatch: string | null): Response {
  const headers = { ETag: loaded.etag, "Cache-Control": DATASET_CACHE_CONTROL, Vary: "Accept-Encoding" };
  if (matchesEtag(ifNoneMatch, loaded.etag)) return new Response(null, { status: 304, headers });
  return new Response(loaded.json, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}
