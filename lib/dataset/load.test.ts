// The server loader refuses an invalid dataset with the checker's report, so the build fails.
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { brokenDataset } from "../testing/fixtures";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("loadDataset()", () => {
  it("throws the file, then `path: reason` lines, when DATASET_FILE holds an invalid dataset", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "load-")), "bad.json");
    writeFileSync(file, JSON.stringify(brokenDataset((d) => (d.proposals[2].quotes = []))));
    vi.stubEnv("DATASET_FILE", file);
    const { loadDataset } = await import("./load");
    expect(() => loadDataset()).toThrow(/is not a valid dataset \(1 problem\):\nproposals\[2\]\.quotes: at least one quote is required/);
  });

  it("loads the bundled dataset once and keeps serving the same object and ETag", async () => {
    const { loadDataset } = await import("./load");
    const first = loadDataset();
    expect(first.dataset.candidates).toHaveLength(6);
    expect(loadDataset()).toBe(first);
    expect(JSON.parse(first.json)).toEqual(first.dataset);
  });
});
