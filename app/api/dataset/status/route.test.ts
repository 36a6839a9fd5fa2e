// The presenter's status route as Next.js calls it, on a newsroom's copy of the dataset.
import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { correctionSummaries } from "@/lib/dataset/changes";
import type { PresenterStatus } from "@/lib/present/corrections";
import { correctedDataset } from "@/lib/testing/corrected";
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
    const status = async (query = ""): Promise<[Response, PresenterStatus]> => {
      const res = GET(new Request(`http://localhost/api/dataset/status${query}`));
      return [res, await res.json()];
    };

    const [first, before] = await status();
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(before).toMatchObject({ version: published.version, number: published.corrections.length + 1 });
    expect(before.refused).toBeUndefined();

    const next = correctedDataset([{ edit: (d) => (d.termUsage[0].note = { fr: "Précision.", en: "Clarification." }) }]);
    const summary = correctionSummaries(next.versions).at(-1)!;
    write(next.dataset);
    const [, after] = await status();
    expect(after).toMatchObject({ version: next.dataset.version, number: next.dataset.corrections.length + 1 });
    expect(after.corrections.at(-1)).toMatchObject({ date: summary.date, scope: { terms: true } });
    // Each changed value in words, in both languages, or in the one the notes window asks for.
    const words = (s: PresenterStatus, locale: "fr" | "en") =>
      s.corrections
        .at(-1)!
        .changes.flatMap((c) => c.text[locale] ?? [])
        .flatMap((c) => c.after.map((r) => r.text));
    expect(words(after, "fr")).toContain("Précision.");
    expect(words(after, "en")).toContain("Clarification.");
    const [, english] = await status("?lang=en");
    expect(words(english, "en")).toContain("Clarification.");
    expect(words(english, "fr")).toEqual([]);

    write(JSON.stringify(next.dataset).replace('"candidates"', '"candidats"'));
    const [, refused] = await status("?lang=<script>");
    expect(refused.version).toBe(next.dataset.version);
    expect(refused.refused?.problems.some((p) => /^candidat/.test(p))).toBe(true);
  });
});
