// The presenter's status route as Next.js calls it, on a newsroom's copy of the dataset.
import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { PresenterStatus } from "@/lib/present/corrections";
import { corrected } from "@/lib/testing/corrections";
import { rawDataset } from "@/lib/testing/fixtures";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.resetModules();
});

describe("GET /api/dataset/status", () => {
  it("says which version is served, never from a cache, and follows a correction then a refusal", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "status-")), "dataset.json");
    let time = 1_900_000_000;
    const write = (value: unknown) => {
      writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
      utimesSync(file, ++time, time);
    };
    vi.stubEnv("DATASET_FILE", file);
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "log").mockImplementation(() => {});
    const published = rawDataset();
    write(published);
    const { GET } = await import("./route");
    const status = async (): Promise<[Response, PresenterStatus]> => {
      const res = GET();
      return [res, await res.json()];
    };

    const [first, before] = await status();
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(before).toMatchObject({ version: published.version, number: published.corrections.length + 1 });
    expect(before.refused).toBeUndefined();

    const next = corrected((d) => (d.termUsage[0].note = { fr: "Précision.", en: "Clarification." }));
    write(next.dataset);
    const [, after] = await status();
    expect(after).toMatchObject({ version: next.dataset.version, number: next.dataset.corrections.length + 1 });
    expect(after.corrections.at(-1)).toMatchObject({ date: next.summary.date, scope: { terms: true } });

    write(JSON.stringify(next.dataset).replace('"candidates"', '"candidats"'));
    const [, refused] = await status();
    expect(refused.version).toBe(next.dataset.version);
    expect(refused.refused?.problems.some((p) => /^candidat/.test(p))).toBe(true);
  });
});
