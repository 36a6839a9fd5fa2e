import { describe, expect, it } from "vitest";
import { DATASET_CACHE_CONTROL, datasetResponse, matchesEtag } from "./dataset-response";

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
