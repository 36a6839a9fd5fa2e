// An election's dataset route as Next.js calls it: the same answers as the legacy /api/dataset,
// and a 404 that echoes nothing for an election the server does not know or has no valid version of.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as legacyGet } from "@/app/api/dataset/route";
import { LEGACY_ELECTION, loadDataset, resetDatasetStore } from "@/lib/dataset/load";
import { FIXTURE_ELECTION, twoElectionDatasetDir } from "@/lib/testing/fixture-election";
import { GET } from "./route";

const context = (election: string) => ({ params: Promise.resolve({ election }) });
const request = (query = "", headers: Record<string, string> = {}) => new Request(`http://localhost/api/elections/x/dataset${query}`, { headers });

describe("GET /api/elections/{election}/dataset", () => {
  it("serves Paris 2020 as the legacy /api/dataset does, ETag and 304 included", async () => {
    const res = await GET(request(), context(LEGACY_ELECTION));
    const legacy = legacyGet(new Request("http://localhost/api/dataset"));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(await legacy.text());
    expect(res.headers.get("etag")).toBe(legacy.headers.get("etag"));
    expect(res.headers.get("cache-control")).toBe(legacy.headers.get("cache-control"));
    expect((await GET(request("", { "If-None-Match": res.headers.get("etag")! }), context(LEGACY_ELECTION))).status).toBe(304);
  });

  it("serves a pinned version long-lived but revalidated (the presentation may be edited)", async () => {
    const first = loadDataset(LEGACY_ELECTION).versions[0]!;
    const res = await GET(request(`?v=${first.version}`), context(LEGACY_ELECTION));
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800");
    expect((await res.json()).version).toBe(first.version);
  });

  it("answers 404 to an unknown election or version, echoing nothing of it", async () => {
    for (const [election, query] of [
      ["lyon-2099", ""],
      ["<script>alert(1)</script>", ""],
      ["..%2F..%2Fetc%2Fpasswd", ""],
      [LEGACY_ELECTION, "?v=000000000000"],
    ] as const) {
      const res = await GET(request(query), context(election));
      expect(res.status, election).toBe(404);
      const body = await res.text();
      expect(body).not.toContain("script");
      expect(body).not.toContain("lyon-2099");
    }
  });

  it("answers 404, not 500, for a file in DATASET_DIR that never had a valid version, and serves the valid one beside it", async () => {
    const dir = twoElectionDatasetDir();
    writeFileSync(path.join(dir, "village-2030.json"), '{"schemaVersion": 2, "election": ');
    vi.stubEnv("DATASET_DIR", dir);
    vi.stubEnv("DATASET_CACHE_DIR", path.join(dir, "cache"));
    vi.spyOn(console, "error").mockImplementation(() => {});
    resetDatasetStore();
    expect((await GET(request(), context("village-2030"))).status).toBe(404);
    expect((await GET(request(), context(FIXTURE_ELECTION))).status).toBe(200);
  });
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  resetDatasetStore();
});
