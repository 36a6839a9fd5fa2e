import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchJsonWithin, fetchTimeoutMs } from "./fetch-within";

/** Stubs `fetch` with one answer: `body` as JSON, with `etag` when given. */
function answer(body: unknown, etag?: string, status = 200) {
  const headers = etag ? { ETag: etag } : undefined;
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(JSON.stringify(body), { status, headers })),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("fetchJsonWithin", () => {
  it("checks the parsed body and hands the check the answer's ETag", async () => {
    answer({ version: "2" }, '"v2"');
    const check = vi.fn((json: unknown, etag: string | null) => ({ json, etag }));
    expect(await fetchJsonWithin(1000, "no-cache", check)("/data")).toEqual({ json: { version: "2" }, etag: '"v2"' });
  });

  it("keeps what the caller already has for an unchanged ETag, without parsing or checking the body again", async () => {
    answer({ version: "2" }, '"v2"');
    const check = vi.fn(() => "parsed and checked");
    const unchanged = vi.fn((etag: string) => (etag === '"v2"' ? "kept" : undefined));
    expect(await fetchJsonWithin(1000, "no-cache", check, unchanged)("/data")).toBe("kept");
    expect(check).not.toHaveBeenCalled();
  });

  it("checks a body whose ETag differs from the one the caller has", async () => {
    answer({ version: "3" }, '"v3"');
    const unchanged = (etag: string) => (etag === '"v2"' ? "kept" : undefined);
    expect(await fetchJsonWithin(1000, "no-cache", (json) => json, unchanged)("/data")).toEqual({ version: "3" });
  });

  it("refuses an HTTP error, whatever its ETag", async () => {
    answer({ error: "down" }, '"v2"', 503);
    await expect(
      fetchJsonWithin(
        1000,
        "no-cache",
        (json) => json,
        () => "kept",
      )("/data"),
    ).rejects.toThrow("HTTP 503");
  });
});

describe("fetchTimeoutMs", () => {
  it("takes most of the refresh interval, between 1 and 10 seconds", () => {
    expect([fetchTimeoutMs(0.5), fetchTimeoutMs(5), fetchTimeoutMs(60)]).toEqual([1000, 4000, 10_000]);
  });
});
