import { describe, expect, it } from "vitest";
import { DATASET_CACHE_CONTROL, datasetResponse, fileResponse, matchesEtag, PINNED_CACHE_CONTROL, strongEtag } from "./dataset-response";

const loaded = { json: '{"schemaVersion":1}', etag: '"abc123"' };

describe("datasetResponse", () => {
  it("answers 200 with the JSON, its strong ETag and a CDN-friendly Cache-Control", async () => {
    const res = datasetResponse(loaded, null);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(loaded.json);
    expect(res.headers.get("etag")).toBe('"abc123"');
    expect(res.headers.get("etag")).not.toMatch(/^W\//);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe(DATASET_CACHE_CONTROL);
    expect(DATASET_CACHE_CONTROL).toMatch(/s-maxage=\d+/);
    expect(DATASET_CACHE_CONTROL).toMatch(/stale-while-revalidate=\d+/);
  });

  it("answers 304 without a body when If-None-Match names the current ETag", async () => {
    const res = datasetResponse(loaded, '"old", "abc123"');
    expect(res.status).toBe(304);
    expect(await res.text()).toBe("");
    expect(res.headers.get("etag")).toBe('"abc123"');
  });

  it("answers 200 when the client holds an older version", () => {
    expect(datasetResponse(loaded, '"old"').status).toBe(200);
  });
});

describe("matchesEtag", () => {
  it("compares weakly, as If-None-Match requires, and honours *", () => {
    expect(matchesEtag('W/"abc123"', '"abc123"')).toBe(true);
    expect(matchesEtag("*", '"abc123"')).toBe(true);
    expect(matchesEtag('"abc"', '"abc123"')).toBe(false);
    expect(matchesEtag(null, '"abc123"')).toBe(false);
  });
});

describe("a pinned version's answers", () => {
  it("datasetResponse(loaded, ifNoneMatch, PINNED_CACHE_CONTROL) may be kept a year by any cache, never revalidated", () => {
    expect(PINNED_CACHE_CONTROL).toBe("public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800");
    const res = datasetResponse(loaded, null, PINNED_CACHE_CONTROL);
    expect(res.headers.get("cache-control")).toBe(PINNED_CACHE_CONTROL);
    expect(res.headers.get("etag")).toBe('"abc123"');
  });

  it("fileResponse(body, headers, pinned) makes a pinned embed or download long-lived, with a strong ETag of its bytes", async () => {
    const headers = { "Content-Type": "text/csv; charset=utf-8", "Cache-Control": "public, max-age=300" };
    const res = fileResponse("a,b\r\n", headers, { ifNoneMatch: null });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe(PINNED_CACHE_CONTROL);
    expect(res.headers.get("etag")).toBe(strongEtag("a,b\r\n"));
    expect(res.headers.get("etag")).toMatch(/^"[\w-]{43}"$/);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const again = fileResponse("a,b\r\n", headers, { ifNoneMatch: res.headers.get("etag") });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    // Bytes and strings hash alike: a PNG's ETag is the hash of its bytes.
    expect(strongEtag(new TextEncoder().encode("a,b\r\n").buffer)).toBe(strongEtag("a,b\r\n"));
  });

  it("fileResponse(body, headers, undefined) leaves the latest data's files as they were", () => {
    const res = fileResponse("x", { "Cache-Control": "public, max-age=300" }, undefined);
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    expect(res.headers.get("etag")).toBeNull();
  });
});
