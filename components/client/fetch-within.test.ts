import { afterEach, describe, expect, it, vi } from "vitest";
import { type AnswerMeta, answerMeta, fetchJsonWithin, fetchTimeoutMs } from "./fetch-within";

const SERVER_DATE = "Tue, 01 Dec 2026 05:40:00 GMT";

/** Stubs `fetch` with one answer: `body` as JSON, with `etag` when given, dated by the server. */
function answer(body: unknown, etag?: string, status = 200) {
  const headers: Record<string, string> = { Date: SERVER_DATE };
  if (etag) headers.ETag = etag;
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(JSON.stringify(body), { status, headers })),
  );
}

/** Keeps "kept" for the ETag `"v2"`, nothing for any other. */
const keepsV2 = ({ etag }: AnswerMeta) => (etag === '"v2"' ? "kept" : undefined);

afterEach(() => vi.unstubAllGlobals());

describe("fetchJsonWithin", () => {
  it("checks the parsed body and hands the check the answer's ETag and the server's time", async () => {
    answer({ version: "2" }, '"v2"');
    const check = vi.fn((json: unknown, meta: AnswerMeta) => ({ json, meta }));
    expect(await fetchJsonWithin(1000, "no-cache", check)("/data")).toEqual({ json: { version: "2" }, meta: expect.objectContaining({ etag: '"v2"', answeredAt: Date.parse(SERVER_DATE) }) });
  });

  it("keeps what the caller already has for an unchanged ETag, without parsing or checking the body again", async () => {
    answer({ version: "2" }, '"v2"');
    const check = vi.fn(() => "parsed and checked");
    expect(await fetchJsonWithin(1000, "no-cache", check, keepsV2)("/data")).toBe("kept");
    expect(check).not.toHaveBeenCalled();
  });

  it("checks a body whose ETag differs from the one the caller has", async () => {
    answer({ version: "3" }, '"v3"');
    expect(await fetchJsonWithin(1000, "no-cache", (json) => json, keepsV2)("/data")).toEqual({ version: "3" });
  });

  it("refuses an HTTP error, whatever its ETag", async () => {
    answer({ error: "down" }, '"v2"', 503);
    await expect(fetchJsonWithin(1000, "no-cache", (json) => json, keepsV2)("/data")).rejects.toThrow("HTTP 503");
  });
});

describe("answerMeta", () => {
  it("dates an answer by the server's clock, whatever the presenter's computer says", () => {
    const browserClockAnHourFast = Date.parse(SERVER_DATE) + 3_600_000;
    expect(answerMeta(new Headers({ Date: SERVER_DATE, ETag: '"v2"' }), browserClockAnHourFast)).toEqual({ etag: '"v2"', answeredAt: Date.parse(SERVER_DATE), receivedAt: browserClockAnHourFast });
  });

  it("falls back on the browser's clock for an answer without a valid Date", () => {
    expect(answerMeta(new Headers({ Date: "yesterday-ish" }), 1234)).toEqual({ etag: null, answeredAt: 1234, receivedAt: 1234 });
    expect(answerMeta(new Headers(), 1234).answeredAt).toBe(1234);
  });
});

describe("fetchTimeoutMs", () => {
  it("takes most of the refresh interval, between 1 and 10 seconds", () => {
    expect([fetchTimeoutMs(0.5), fetchTimeoutMs(5), fetchTimeoutMs(60)]).toEqual([1000, 4000, 10_000]);
  });
});
