// The server loader: refuses an invalid dataset (so the build fails), follows valid corrections
// of the file, and keeps serving the last valid version when a correction is invalid.
import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { brokenDataset, DATASET_FILE, rawDataset } from "../testing/fixtures";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.resetModules();
});

function tempFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "load-")), "dataset.json");
}

/** Writes the file with a distinct modification time, as an editor's save would. */
let tick = 1_700_000_000;
function write(file: string, value: unknown) {
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  tick += 10;
  utimesSync(file, tick, tick);
}

describe("loadDataset()", () => {
  it("throws the file, then `path: reason` lines, when DATASET_FILE holds an invalid dataset", async () => {
    const file = tempFile();
    write(file, brokenDataset((d) => (d.proposals[2].quotes = [])));
    vi.stubEnv("DATASET_FILE", file);
    const { loadDataset } = await import("./load");
    expect(() => loadDataset()).toThrow(/is not a valid dataset \(1 problem\):\nproposals\[2\]\.quotes: at least one quote is required/);
  });

  it("loads the bundled dataset when DATASET_FILE is unset, and serves the same object while the file is unchanged", async () => {
    vi.stubEnv("DATASET_FILE", "");
    const { datasetFile, loadDataset } = await import("./load");
    expect(datasetFile()).toBe(DATASET_FILE);
    const first = loadDataset();
    expect(first.dataset.candidates).toHaveLength(6);
    expect(loadDataset()).toBe(first);
    expect(JSON.parse(first.json)).toEqual(first.dataset);
  });

  it("serves a valid correction, refuses an invalid one (logged) and keeps the last valid version", async () => {
    const file = tempFile();
    write(file, rawDataset());
    vi.stubEnv("DATASET_FILE", file);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const { loadDataset } = await import("./load");
    const original = loadDataset();

    write(file, brokenDataset((d) => (d.figures[0].value.value = 5)));
    const corrected = loadDataset();
    expect(corrected.dataset.figures[0]!.value).toEqual({ kind: "single", value: 5 });
    expect(corrected.etag).not.toBe(original.etag);

    write(file, brokenDataset((d) => (d.proposals[0].quotes = [])));
    const afterInvalid = loadDataset();
    expect(afterInvalid.etag).toBe(corrected.etag);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain("proposals[0].quotes: at least one quote is required");
    loadDataset();
    expect(errors).toHaveBeenCalledTimes(1);

    write(file, "{ not json");
    expect(loadDataset().etag).toBe(corrected.etag);
  });
});
