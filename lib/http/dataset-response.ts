// The HTTP answers for the dataset and for files of a pinned version, kept pure so the caching
// rules are unit-tested.
import { createHash } from "node:crypto";

/** Browsers revalidate every time (cheap with the ETag); shared caches keep it 60 s, then serve stale for up to 10 min while refetching. */
export const DATASET_CACHE_CONTROL = "public, max-age=0, must-revalidate, s-maxage=60, stale-while-revalidate=600";

/**
 * A pinned version (`?v=`): its data never changes, but it is shown with the election's current
 * presentation (titles, notes), which editors may edit without a correction (history.ts). So not
 * `immutable`: browsers keep it an hour, shared caches a day, then revalidate (a 304 by ETag).
 */
export const PINNED_CACHE_CONTROL = "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800";

/** True when an If-None-Match header names this ETag (or `*`); weak comparison, as RFC 9110 asks for If-None-Match. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/** 200 with the JSON, or 304 when the client already has this version; `cacheControl` is the pinned one for `?v=`. */
export function datasetResponse(loaded: { json: string; etag: string }, ifNoneMatch: string | null, cacheControl = DATASET_CACHE_CONTROL): Response {
  const headers = { ETag: loaded.etag, "Cache-Control": cacheControl, Vary: "Accept-Encoding" };
  if (matchesEtag(ifNoneMatch, loaded.etag)) return new Response(null, { status: 304, headers });
  return new Response(loaded.json, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

/** A strong ETag of some bytes. */
export function strongEtag(body: string | ArrayBuffer): string {
  return `"${createHash("sha256")
    .update(typeof body === "string" ? body : new Uint8Array(body))
    .digest("base64url")}"`;
}

/**
 * An embed or a download. Of a pinned version: long-lived (PINNED_CACHE_CONTROL), with a strong ETag of its bytes (304 when
 * the client has them). Of the latest data: as given (`headers` carry its short Cache-Control).
 */
export function fileResponse(body: string | ArrayBuffer, headers: Record<string, string>, pinned: { ifNoneMatch: string | null } | undefined): Response {
  if (!pinned) return new Response(body, { headers });
  const etag = strongEtag(body);
  const all = { ...headers, ETag: etag, "Cache-Control": PINNED_CACHE_CONTROL };
  if (matchesEtag(pinned.ifNoneMatch, etag)) return new Response(null, { status: 304, headers: all });
  return new Response(body, { headers: all });
}
