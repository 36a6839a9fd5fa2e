// The route handler as Next.js calls it, against the real dataset file and a newsroom's copy.
import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { validateDataset } from "@/lib/dataset/check";
import { resetDatasetStore } from "@/lib/dataset/load";
import { correctedDataset } from "@/lib/testing/corrected";
import { brokenDataset, rawDataset } from "@/lib/testing/fixtures";
import { GET } from "./route";

afterEach(() => {
  resetDatasetStore();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.resetModules();
});

/** A newsroom's DATASET_FILE, and the route reading it. */
async function newsroomFile() {
  const dir = mkdtempSync(path.join(tmpdir(), "api-"));
  const file = path.join(dir, "dataset.json");
  vi.stubEnv("DATASET_CACHE_DIR", dir);
  let time = 1_800_000_000;
  const write = (value: unknown) => {
    writeFileSync(file, JSON.stringify(value));
    utimesSync(file, ++time, time);
  };
  vi.stubEnv("DATASET_FILE", file);
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "log").mockImplementation(() => {});
  return { write, get: async () => (await import("./route")).GET };
}

describe("GET /api/dataset", () => {
  it("serves exactly the validated dataset", async () => {
    const res = GET(new Request("http://localhost/api/dataset"));
    expect(res.status).toBe(200);
    const validated = validateDataset(rawDataset());
    expect(validated.ok).toBe(true);
    expect(await res.json()).toEqual(validated.ok ? validated.dataset : null);
  });

  it("answers 304 to a client that sends back the ETag it was given", async () => {
    const first = GET(new Request("http://localhost/api/dataset"));
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const second = GET(new Request("http://localhost/api/dataset", { headers: { "If-None-Match": etag! } }));
    expect(second.status).toBe(304);
  });
});

describe("GET /api/dataset with a newsroom's DATASET_FILE", () => {
  it("serves a valid correction without a restart, and keeps serving it when an invalid one is written", async () => {
    const { write, get } = await newsroomFile();
    const figure = rawDataset().figures[1];
    write(rawDataset());
    const request = async () => (await get())(new Request("http://localhost/api/dataset"));

    expect((await (await request()).json()).figures[1].value).toEqual(figure.value);
    const { dataset: corrected } = correctedDataset([{ edit: (d) => (d.figures[1].value = { kind: "single", value: 7 }) }]);
    write(corrected);
    const served = await request();
    expect((await served.json()).figures[1].value.value).toBe(7);

    write(brokenDataset((d) => (d.candidates = "none")));
    const afterInvalid = await request();
    expect(afterInvalid.status).toBe(200);
    expect(afterInvalid.headers.get("etag")).toBe(served.headers.get("etag"));
    expect((await afterInvalid.json()).figures[1].value.value).toBe(7);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining("candidates:"));
  });
});

describe("GET /api/dataset?v=VERSION", () => {
  it("serves every earlier version as it was, long-lived, and the latest without v as before", async () => {
    const { write, get } = await newsroomFile();
    const { dataset, versions } = correctedDataset([{ edit: (d) => (d.figures[1].value = { kind: "single", value: 7 }) }, { edit: (d) => (d.proposals[0].summary.en += " (reworded)") }]);
    write(dataset);
    const route = await get();
    for (const v of versions) {
      const res = route(new Request(`http://localhost/api/dataset?v=${v.version}`));
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800");
      expect(res.headers.get("etag")).toMatch(/^"[\w-]+"$/);
      expect(await res.json()).toEqual(v.dataset);
    }
    const first = await route(new Request(`http://localhost/api/dataset?v=${versions[0]!.version}`)).json();
    expect(first.figures[1].value).toEqual(rawDataset().figures[1].value);
    expect(first.corrections).toHaveLength(versions[0]!.dataset.corrections.length);
    const latest = route(new Request("http://localhost/api/dataset"));
    expect(latest.headers.get("cache-control")).toMatch(/must-revalidate/);
    expect((await latest.json()).version).toBe(dataset.version);
  });

  it("answers 404 to an unknown or malformed version, echoing nothing of it", async () => {
    for (const v of ["000000000000", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "", "5B1A38560827"]) {
      const res = GET(new Request(`http://localhost/api/dataset?v=${v}`));
      expect(res.status, v).toBe(404);
      const body = await res.text();
      expect(body).not.toContain("script");
      expect(body).not.toContain("000000000000");
    }
  });
});
