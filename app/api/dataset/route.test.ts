// The route handler as Next.js calls it, against the real dataset file and a newsroom's copy.
import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { validateDataset } from "@/lib/dataset/check";
import { resetDatasetStore } from "@/lib/dataset/load";
import { brokenDataset, correctedDataset, rawDataset } from "@/lib/testing/fixtures";
import { GET } from "./route";

afterEach(() => {
  resetDatasetStore();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.resetModules();
});

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
    write(rawDataset());
    vi.resetModules();
    const { GET: get } = await import("./route");
    const request = () => get(new Request("http://localhost/api/dataset"));

    expect((await request().json()).figures[1].value.value).toBe(3);
    write(correctedDataset((d) => (d.figures[1].value.value = 7)));
    const corrected = request();
    expect((await corrected.json()).figures[1].value.value).toBe(7);

    write(brokenDataset((d) => (d.candidates = "none")));
    const afterInvalid = request();
    expect(afterInvalid.status).toBe(200);
    expect(afterInvalid.headers.get("etag")).toBe(corrected.headers.get("etag"));
    expect((await afterInvalid.json()).figures[1].value.value).toBe(7);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining("candidates:"));
  });
});
