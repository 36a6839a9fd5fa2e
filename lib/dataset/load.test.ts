// The dataset store: refuses to start with no valid version (so the build and the server fail
// with the checker's report), follows logged corrections of the file, refuses unlogged or invalid
// ones (logged, and reported in the status), and keeps serving the last valid version whatever
// the file becomes, including after a restart. One store per election: the catalogue is the files
// of DATASET_DIR and data/elections/, each named by its election's id.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { correctedFile } from "../testing/corrected";
import { FIXTURE_ELECTION, fixtureElectionAs, rawFixtureElection, twoElectionDatasetDir } from "../testing/fixture-election";
import { brokenDataset, DATASET_FILE, rawDataset } from "../testing/fixtures";
import { bundledFile, datasetFile, datasetStatus, electionIds, isElection, loadCatalogue, loadDataset, loadVersion, resetDatasetStore } from "./load";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "load-"));
  vi.stubEnv("DATASET_CACHE_DIR", path.join(dir, "cache"));
  resetDatasetStore();
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  resetDatasetStore();
});

/** Writes the file with a distinct modification time, as an editor's save would. */
let tick = 1_700_000_000;
function write(file: string, value: unknown) {
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  tick += 10;
  utimesSync(file, tick, tick);
}

function liveFile(value: unknown = rawDataset()): string {
  const file = path.join(dir, "dataset.json");
  write(file, value);
  vi.stubEnv("DATASET_FILE", file);
  return file;
}

/** A restart: a new process has an empty store (the copy on disk stays). */
const restart = resetDatasetStore;

describe("loadDataset(election)", () => {
  it("loads the bundled dataset when DATASET_FILE is unset, and serves the same object while the file is unchanged", () => {
    vi.stubEnv("DATASET_FILE", "");
    expect(datasetFile("paris-2020")).toBe(DATASET_FILE);
    const first = loadDataset("paris-2020");
    expect(first.dataset.candidates).toHaveLength(6);
    expect(loadDataset("paris-2020")).toBe(first);
    expect(JSON.parse(first.json)).toEqual(first.dataset);
  });

  it("serves a logged correction, and every earlier version rebuilt from its log", () => {
    const file = liveFile();
    const original = loadDataset("paris-2020");
    write(
      file,
      correctedFile((d) => (d.figures[0].value.value = 5)),
    );
    const corrected = loadDataset("paris-2020");
    expect(corrected.dataset.figures[0]!.value).toEqual({ kind: "single", value: 5 });
    expect(corrected.etag).not.toBe(original.etag);
    expect(loadVersion("paris-2020", original.dataset.version)?.dataset.figures[0]?.value).toEqual(original.dataset.figures[0]!.value);
    expect(loadVersion("paris-2020", corrected.versions[0]!.version)?.dataset.corrections).toEqual([]);
    expect(loadVersion("paris-2020", "0123456789ab")).toBeUndefined();
  });

  it("refuses a change without a log entry, and a log that no longer leads to its data, with the reason in the log and the status", () => {
    const file = liveFile();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const served = loadDataset("paris-2020");
    const unlogged = rawDataset();
    unlogged.figures[0].value.value = 5;
    write(file, unlogged);
    expect(loadDataset("paris-2020")).toBe(served);
    expect(String(errors.mock.calls[0]![0])).toContain("version: is");

    const wrongPatch = correctedFile((d) => (d.figures[0].value.value = 5));
    wrongPatch.figures[0].value.value = 6;
    write(file, wrongPatch);
    expect(loadDataset("paris-2020").dataset.figures[0]!.value).toEqual(served.dataset.figures[0]!.value);
    expect(datasetStatus("paris-2020").refused?.problems.join("\n")).toMatch(/version: is \w+, but the content hashes to/);
    expect(datasetStatus("paris-2020").version).toBe(served.dataset.version);
  });

  it("refuses a log whose earlier entries were edited, even when the data is consistent", () => {
    const file = liveFile(correctedFile((d) => (d.figures[0].value.value = 5)));
    vi.spyOn(console, "error").mockImplementation(() => {});
    const served = loadDataset("paris-2020");
    const edited = structuredClone(served.dataset) as Record<string, any>;
    edited.corrections[0].reason.en = "Another reason.";
    write(file, edited);
    expect(loadDataset("paris-2020")).toBe(served);
    expect(datasetStatus("paris-2020").refused?.problems).toContain("corrections[0]: was edited: earlier entries of the corrections log are never changed");
  });

  it("keeps serving the last valid version while the file is invalid, half-written or deleted, and clears the refusal once it is restored", () => {
    const file = liveFile();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const served = loadDataset("paris-2020");
    write(
      file,
      brokenDataset((d) => (d.proposals[0].quotes = [])),
    );
    expect(loadDataset("paris-2020")).toBe(served);
    expect(String(errors.mock.calls[0]![0])).toContain("proposals[0].quotes: at least one quote is required");
    loadDataset("paris-2020");
    expect(errors).toHaveBeenCalledTimes(1);
    write(file, JSON.stringify(rawDataset()).slice(0, 5000));
    expect(loadDataset("paris-2020")).toBe(served);
    rmSync(file);
    expect(loadDataset("paris-2020")).toBe(served);
    expect(datasetStatus("paris-2020").refused?.problems).toEqual(["(root): cannot read the file (ENOENT)"]);
    write(file, rawDataset());
    expect(loadDataset("paris-2020")).toBe(served);
    expect(datasetStatus("paris-2020").refused).toBeUndefined();
  });

  it("after a restart with a broken file, serves the last valid version kept from the previous run", () => {
    const file = liveFile(correctedFile((d) => (d.figures[0].value.value = 5)));
    const before = loadDataset("paris-2020");
    write(file, "{ half-writ");
    restart();
    vi.spyOn(console, "error").mockImplementation(() => {});
    const after = loadDataset("paris-2020");
    expect(after.dataset.version).toBe(before.dataset.version);
    expect(datasetStatus("paris-2020").refused?.problems[0]).toMatch(/^\(root\): not valid JSON/);
  });

  it("after a restart, refuses a valid file that drops a logged correction (changed while the server was down), and serves the kept copy", () => {
    const file = liveFile(correctedFile((d) => (d.figures[0].value.value = 5)));
    const before = loadDataset("paris-2020");
    write(file, rawDataset());
    restart();
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(loadDataset("paris-2020").dataset.version).toBe(before.dataset.version);
    expect(datasetStatus("paris-2020").refused?.problems[0]).toBe(`corrections[${before.dataset.corrections.length - 1}]: was removed: the corrections log is append-only`);
  });

  it("while the bundled dataset stands in for a broken file, serves the file as soon as it is valid", () => {
    const file = liveFile("{ broken");
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(loadDataset("paris-2020").dataset.version).toBe(rawDataset().version);
    const fixed = correctedFile((d) => (d.figures[0].value.value = 5));
    write(file, fixed);
    expect(loadDataset("paris-2020").dataset.version).toBe(fixed.version);
    expect(datasetStatus("paris-2020").refused).toBeUndefined();
  });

  it("after a restart with a broken file and no kept copy, serves the bundled dataset", () => {
    liveFile("");
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(loadDataset("paris-2020").dataset.version).toBe(rawDataset().version);
    expect(bundledFile("paris-2020")).toBe(DATASET_FILE);
  });

  it("throws the file, then `path: reason` lines, when no valid version exists at all", async () => {
    // A checkout whose bundled dataset is broken, with no DATASET_FILE and no kept copy.
    mkdirSync(path.join(dir, "data", "elections"), { recursive: true });
    write(
      path.join(dir, "data", "elections", "paris-2020.json"),
      brokenDataset((d) => (d.proposals[2].quotes = [])),
    );
    vi.stubEnv("DATASET_FILE", "");
    vi.spyOn(process, "cwd").mockReturnValue(dir);
    vi.resetModules();
    const fresh = await import("./load");
    expect(() => fresh.loadDataset("paris-2020")).toThrow(/^data\/elections\/paris-2020\.json is not a valid dataset \(1 problem\):\nproposals\[2\]\.quotes: at least one quote is required$/);
  });

  it("stops a starting server (instrumentation.ts) with the checker's report when there is no valid version", async () => {
    mkdirSync(path.join(dir, "data", "elections"), { recursive: true });
    write(path.join(dir, "data", "elections", "paris-2020.json"), "{ not json");
    vi.stubEnv("DATASET_FILE", "");
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.spyOn(process, "cwd").mockReturnValue(dir);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    vi.resetModules();
    const { register } = await import("../../instrumentation");
    await register();
    expect(exit).toHaveBeenCalledWith(1);
    expect(String(errors.mock.calls[0]![0])).toMatch(
      /^Refusing to start: no valid version of the dataset of paris-2020\.\ndata\/elections\/paris-2020\.json is not a valid dataset \(1 problem\):\n\(root\): not valid JSON/,
    );
  });

  it("starts (instrumentation.ts) without an election that only DATASET_DIR holds and that has no valid version, which stays unknown", async () => {
    const live = mkdtempSync(path.join(tmpdir(), "dataset-dir-"));
    twoElectionDatasetDir({}, live);
    write(path.join(live, "nouvelle-2032.json"), "{ not json");
    vi.stubEnv("DATASET_DIR", live);
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    vi.resetModules();
    const { register } = await import("../../instrumentation");
    await register();
    expect(exit).not.toHaveBeenCalled();
    expect(String(errors.mock.calls[0]![0])).toMatch(/^nouvelle-2032: no valid version; starting without it/);
    const fresh = await import("./load");
    expect(fresh.isElection("nouvelle-2032")).toBe(false);
    expect(fresh.isElection("paris-2020")).toBe(true);
    rmSync(live, { recursive: true, force: true });
  });

  it("lets a server start (instrumentation.ts) with the store loaded when a valid version exists", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    vi.resetModules();
    const { register } = await import("../../instrumentation");
    await register();
    expect(exit).not.toHaveBeenCalled();
  });
});

/** DATASET_DIR set to a new folder holding Paris, the fixture election and any further files; DATASET_FILE unset. */
function catalogueDir(extra: Record<string, unknown> = {}): string {
  const elections = twoElectionDatasetDir(extra);
  vi.stubEnv("DATASET_DIR", elections);
  vi.stubEnv("DATASET_FILE", "");
  return elections;
}

/** The fixture copied as an older election whose id sorts first: id order and date order disagree. */
const OLDER = "atlantide-2014";
const older = () => fixtureElectionAs(OLDER, ["2014-03-23", "2014-03-30"]);

describe("electionIds() and isElection(value)", () => {
  it("electionIds() lists only the bundled files when DATASET_DIR is unset: the fixture election is never bundled", () => {
    vi.stubEnv("DATASET_DIR", "");
    vi.stubEnv("DATASET_FILE", "");
    expect(electionIds()).toContain("paris-2020");
    expect(electionIds()).not.toContain(FIXTURE_ELECTION);
    expect(isElection(FIXTURE_ELECTION)).toBe(false);
  });

  it("electionIds() adds the {id}.json files of DATASET_DIR, ids taken from the file names, other files ignored", () => {
    catalogueDir({ [`${OLDER}.json`]: older(), "notes.txt": "not an election", "Not An Id.json": "{}", "draft.json.bak": "{}" });
    expect(electionIds()).toEqual([OLDER, FIXTURE_ELECTION, "paris-2020"]);
  });

  it("electionIds() sees a file added to DATASET_DIR after a first listing, and one removed from it", () => {
    const dir = catalogueDir();
    expect(electionIds()).not.toContain(OLDER);
    write(path.join(dir, `${OLDER}.json`), older());
    expect(electionIds()).toContain(OLDER);
    rmSync(path.join(dir, `${OLDER}.json`));
    expect(electionIds()).not.toContain(OLDER);
  });

  it("isElection(value) is true for a listed election only: unknown ids, file names, paths and non-strings are not elections", () => {
    catalogueDir();
    expect(isElection("paris-2020")).toBe(true);
    expect(isElection(FIXTURE_ELECTION)).toBe(true);
    for (const value of ["nowhere-2030", "paris-2020.json", "../paris-2020", `${FIXTURE_ELECTION}/`, "", undefined, 2020, ["paris-2020"]]) {
      expect(isElection(value), String(value)).toBe(false);
    }
  });
});

describe("datasetFile(election)", () => {
  it("names DATASET_FILE for Paris when it is set, even beside DATASET_DIR, and DATASET_DIR/{id}.json for every other election", () => {
    const elections = catalogueDir();
    vi.stubEnv("DATASET_FILE", "/srv/live/paris.json");
    expect(datasetFile("paris-2020")).toBe("/srv/live/paris.json");
    expect(datasetFile(FIXTURE_ELECTION)).toBe(path.join(elections, `${FIXTURE_ELECTION}.json`));
  });

  it("names DATASET_DIR/{id}.json for Paris too when DATASET_FILE is unset, and the bundled file when neither is set", () => {
    const elections = catalogueDir();
    expect(datasetFile("paris-2020")).toBe(path.join(elections, "paris-2020.json"));
    vi.stubEnv("DATASET_DIR", "");
    expect(datasetFile("paris-2020")).toBe(DATASET_FILE);
    expect(datasetFile(FIXTURE_ELECTION)).toBe(bundledFile(FIXTURE_ELECTION));
  });
});

describe("loadCatalogue()", () => {
  it("lists every election with a valid version, newest first by its last round (not by id), each with its own dataset", () => {
    catalogueDir({ [`${OLDER}.json`]: older() });
    const catalogue = loadCatalogue();
    expect(catalogue.map((e) => e.election)).toEqual([FIXTURE_ELECTION, "paris-2020", OLDER]);
    for (const entry of catalogue) expect(entry.live.dataset.election.id).toBe(entry.election);
    expect(catalogue[0]!.live.dataset.presentation.charts.map((c) => c.slug)).toEqual(["grille", "journees-sans-voiture", "mots"]);
  });

  it("leaves out a file whose election.id differs from its name, which loadDataset refuses with a located problem", () => {
    catalogueDir({ "village-2030.json": rawFixtureElection() });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(loadCatalogue().map((e) => e.election)).toEqual([FIXTURE_ELECTION, "paris-2020"]);
    expect(String(errors.mock.calls[0]![0])).toContain("village-2030: no valid version, so it is unknown to every page and route (404) and left out of the catalogue");
    expect(() => loadDataset("village-2030")).toThrow(
      `village-2030.json is not a valid dataset (1 problem):\nelection.id: is "${FIXTURE_ELECTION}", but the file is the one of election "village-2030" (name the file ${FIXTURE_ELECTION}.json)`,
    );
  });
});

describe("an election file that never had a valid version", () => {
  const ADDED = "village-2030";

  it("is unknown (isElection false, not in the catalogue), logged once while the file is unchanged, and known once the file is valid", () => {
    const elections = catalogueDir();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const file = path.join(elections, `${ADDED}.json`);
    write(file, JSON.stringify(fixtureElectionAs(ADDED)).slice(0, 500));
    expect(electionIds()).toContain(ADDED);
    expect(isElection(ADDED)).toBe(false);
    expect(isElection(ADDED)).toBe(false);
    expect(loadCatalogue().map((e) => e.election)).toEqual([FIXTURE_ELECTION, "paris-2020"]);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toMatch(
      /^village-2030: no valid version, so it is unknown to every page and route \(404\) and left out of the catalogue until its file is valid\.\n.*village-2030\.json is not a valid dataset \(1 problem\):\n\(root\): not valid JSON/,
    );
    // Still the same error for whoever calls loadDataset directly, without reading the file again.
    expect(() => loadDataset(ADDED)).toThrow(/not valid JSON/);
    expect(errors).toHaveBeenCalledTimes(1);

    write(file, fixtureElectionAs(ADDED));
    expect(isElection(ADDED)).toBe(true);
    expect(loadCatalogue().map((e) => e.election)).toContain(ADDED);
  });

  it("is unknown when its id is one the URLs already use: the catalogue leaves out present.json with the located problem", () => {
    catalogueDir({ "present.json": fixtureElectionAs("present") });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(isElection("present")).toBe(false);
    expect(loadCatalogue().map((e) => e.election)).toEqual([FIXTURE_ELECTION, "paris-2020"]);
    expect(String(errors.mock.calls[0]![0])).toContain('election.id: "present" is reserved: /{lang}/present is the presenter');
  });
});

describe("one store per election", () => {
  it("serves a correction of one election's file, and leaves the other election's version, versions and status untouched", () => {
    const elections = catalogueDir();
    const paris = loadDataset("paris-2020");
    const fixture = loadDataset(FIXTURE_ELECTION);
    write(
      path.join(elections, `${FIXTURE_ELECTION}.json`),
      correctedFile((d) => (d.figures[1].value.value = 5), rawFixtureElection()),
    );
    const corrected = loadDataset(FIXTURE_ELECTION);
    expect(corrected.dataset.version).not.toBe(fixture.dataset.version);
    expect(corrected.dataset.corrections).toHaveLength(fixture.dataset.corrections.length + 1);
    expect(loadVersion(FIXTURE_ELECTION, fixture.dataset.version)?.dataset.figures[1]?.value).toEqual({ kind: "single", value: 4 });
    expect(loadDataset("paris-2020")).toBe(paris);
    expect(datasetStatus("paris-2020")).toMatchObject({ version: paris.dataset.version });
    expect(datasetStatus("paris-2020").refused).toBeUndefined();
    // A version id names one state of one election's data: another election's is not found.
    expect(loadVersion("paris-2020", fixture.dataset.version)).toBeUndefined();
  });

  it("refuses one election's broken file in that election's status only, and keeps serving its last valid version", () => {
    const elections = catalogueDir();
    vi.spyOn(console, "error").mockImplementation(() => {});
    const fixture = loadDataset(FIXTURE_ELECTION);
    loadDataset("paris-2020");
    const broken = rawFixtureElection();
    broken.proposals[0].quotes = [];
    write(path.join(elections, `${FIXTURE_ELECTION}.json`), broken);
    expect(loadDataset(FIXTURE_ELECTION)).toBe(fixture);
    expect(datasetStatus(FIXTURE_ELECTION).refused?.problems).toEqual(["proposals[0].quotes: at least one quote is required"]);
    expect(datasetStatus("paris-2020").refused).toBeUndefined();
  });
});
