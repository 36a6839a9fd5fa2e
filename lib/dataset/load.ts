// The dataset stores: one per election per server process (kept on globalThis, so the proxy, the
// pages and the route handlers, which Next.js bundles apart, share them). The catalogue is the
// election files in `DATASET_DIR` (a newsroom's mounted volume) and in data/elections/; each store
// reads its election's file (`DATASET_DIR/{id}.json`, `DATASET_FILE` for Paris as before, or the
// bundled one), validates it with its history, and serves the
// last valid version whatever the file becomes: invalid, half-written, replaced, deleted. A
// changed file is a correction: it must be valid and its log must describe the change from the
// version being served (history.ts, checkSuccessor), else it is refused, logged, and reported in
// `datasetStatus()` for the presenter's notes window. The last valid version is also kept on disk,
// so that a restart with a broken file serves it, and a file changed while the server was down
// must still be a logged successor of it; with no valid version at all, loading throws (which
// fails the build, and instrumentation.ts stops the server from starting).
import "server-only";
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatProblem, type Problem } from "./check";
import { bundledFile, datasetFile, electionIds } from "./files";
import { checkSuccessor, type VersionRecord } from "./history";
import { describeProblems, readDatasetFile } from "./read";
import type { Dataset } from "./schema";

// Where the files are is files.ts's (the data:check command shares it); re-exported for the server's callers.
export { BUNDLED_DIR, bundledFile, datasetFile, electionIds, LEGACY_ELECTION } from "./files";

/** A validated dataset version, the exact JSON served for it, and that JSON's strong ETag. */
export interface LoadedDataset {
  dataset: Dataset;
  json: string;
  etag: string;
}

/** The served dataset and every earlier version, rebuilt from its corrections log (oldest first). */
export interface LiveDataset extends LoadedDataset {
  versions: VersionRecord[];
}

/** What editors (and the presenter's notes window) may know of the store; never shown to the audience. */
export interface DatasetStatus {
  version: string;
  /** When the file was last looked at (ISO 8601). */
  checkedAt: string;
  /** The last refused correction, until a valid one is served or the file is restored. */
  refused?: { at: string; problems: string[] };
}

interface Store {
  file?: string;
  /** Size and modification time of the file as last read: unchanged means nothing to do. */
  stamp?: string;
  live?: LiveDataset;
  pinned: Map<string, LoadedDataset>;
  checkedAt?: string;
  refused?: DatasetStatus["refused"];
  /** Whether the file itself is served, or a fallback for it (the kept copy, the bundled file). */
  source?: "file" | "copy" | "bundled";
  /** The file as last read while no version was ever valid, and why: not read (nor logged) again until it changes. */
  invalid?: { file: string; stamp: string; error: Error; logged: boolean };
}

const STORE_KEY = Symbol.for("elections.dataset-stores");
const globalStore = globalThis as typeof globalThis & { [STORE_KEY]?: Map<string, Store> };

function store(election: string): Store {
  const stores = (globalStore[STORE_KEY] ??= new Map());
  let s = stores.get(election);
  if (!s) stores.set(election, (s = { pinned: new Map() }));
  return s;
}

/**
 * True for an election the server serves: its file is listed and it has a valid version. Narrows
 * untrusted input (a URL segment); a file that never had a valid version is unknown to every page
 * and route (a 404, never a 5xx), and why is logged once per state of the file.
 */
export function isElection(value: unknown): value is string {
  if (typeof value !== "string" || !electionIds().includes(value)) return false;
  try {
    loadDataset(value);
    return true;
  } catch (error) {
    const invalid = store(value).invalid;
    if (invalid?.logged) return false;
    if (invalid) invalid.logged = true;
    console.error(`${value}: no valid version, so it is unknown to every page and route (404) and left out of the catalogue until its file is valid.\n${(error as Error).message}`);
    return false;
  }
}

/** Where the last valid version of a file is kept between restarts: `DATASET_CACHE_DIR`, else .next/cache/datasets; one copy per file. */
export function lastValidCopy(file: string): string {
  const key = createHash("sha256").update(path.resolve(file)).digest("hex").slice(0, 16);
  return path.join(process.env.DATASET_CACHE_DIR || path.join(process.cwd(), ".next", "cache", "datasets"), `${key}.json`);
}

function stampOf(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return "missing";
  }
}

function shown(file: string): string {
  return file.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), file) : file;
}

function live(dataset: Dataset, versions: VersionRecord[]): LiveDataset {
  return { ...serialise(dataset), versions };
}

function serialise(dataset: Dataset): LoadedDataset {
  const json = JSON.stringify(dataset);
  return { dataset, json, etag: `"${createHash("sha256").update(json).digest("base64url")}"` };
}

function keepCopy(file: string, loaded: LiveDataset): void {
  const copy = lastValidCopy(file);
  try {
    mkdirSync(path.dirname(copy), { recursive: true });
    // Per process: two servers sharing a cache directory never rename each other's half-written file.
    const temporary = `${copy}.${process.pid}.tmp`;
    writeFileSync(temporary, loaded.json);
    renameSync(temporary, copy);
  } catch (error) {
    console.warn(`Could not keep a copy of the valid dataset at ${copy} (${String(error)}): a restart with a broken file would not find it.`);
  }
}

/** `next build` reads the file as it is in the checkout: it neither uses nor keeps a copy from a server's run. */
function building(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}

/** A valid dataset read from a fallback file, or undefined when it is missing or invalid. */
function validFallback(fallback: string, election: string): LiveDataset | undefined {
  const result = readDatasetFile(fallback, election);
  return result.ok ? live(result.dataset, result.versions) : undefined;
}

/**
 * What to serve at start (or while a fallback is served and the file changes): the file, when it
 * is valid and, if a copy was kept from the last run, a logged successor of that copy (the same
 * rule as for a live correction: a change made while the server was down is no exception); else
 * the kept copy; else the bundled file. Records the refusal; throws when nothing is valid.
 */
function choose(s: Store, election: string, file: string): LiveDataset {
  s.refused = undefined;
  const kept = building() ? undefined : validFallback(lastValidCopy(file), election);
  const result = readDatasetFile(file, election);
  const problems = !result.ok ? result.problems : kept ? checkSuccessor(kept.dataset, result.dataset) : [];
  if (result.ok && problems.length === 0) {
    s.source = "file";
    return live(result.dataset, result.versions);
  }
  const report = describeProblems(shown(file), problems);
  const bundled = file === bundledFile(election) ? undefined : validFallback(bundledFile(election), election);
  const fallback = kept
    ? { live: kept, source: "copy" as const, what: "the last valid version, kept from the previous run" }
    : bundled
      ? { live: bundled, source: "bundled" as const, what: "the bundled dataset" }
      : undefined;
  if (!fallback) throw new Error(report);
  console.error(`${report}\nServing ${fallback.what} (version ${fallback.live.dataset.version}) until the file is corrected.`);
  s.refused = { at: new Date().toISOString(), problems: problems.map(formatProblem) };
  s.source = fallback.source;
  return fallback.live;
}

function refuse(s: Store, file: string, problems: Problem[], served: string): void {
  s.refused = { at: new Date().toISOString(), problems: problems.map(formatProblem) };
  console.error(`Dataset correction refused; still serving version ${served}.\n${describeProblems(shown(file), problems)}`);
}

/** An election's current valid dataset: re-read when the file changed; throws only if no valid version was ever had. */
export function loadDataset(election: string): LiveDataset {
  const s = store(election);
  const file = datasetFile(election);
  const stamp = stampOf(file);
  s.checkedAt = new Date().toISOString();
  if (s.live && s.file === file && s.stamp === stamp) return s.live;
  // At start, for another file, or while a fallback stands in for a broken file: choose afresh.
  if (!s.live || s.file !== file || s.source !== "file") {
    if (!s.live && s.invalid?.file === file && s.invalid.stamp === stamp) throw s.invalid.error;
    const before = s.live;
    try {
      s.live = choose(s, election, file);
    } catch (error) {
      if (s.live) throw error;
      s.invalid = { file, stamp, error: error instanceof Error ? error : new Error(String(error)), logged: false };
      throw s.invalid.error;
    }
    s.invalid = undefined;
    s.file = file;
    s.stamp = stamp;
    if (s.source === "file" && !building()) keepCopy(file, s.live);
    if (before && before.dataset.version !== s.live.dataset.version) s.pinned.clear();
    return s.live;
  }
  const served = s.live;
  const result = readDatasetFile(file, election);
  // A file replaced while it was read: decide on the next request, from the file as it then is.
  if (stampOf(file) !== stamp) return served;
  s.stamp = stamp;
  const problems = result.ok ? checkSuccessor(served.dataset, result.dataset) : result.problems;
  if (!result.ok || problems.length) {
    refuse(s, file, problems, served.dataset.version);
    return served;
  }
  s.refused = undefined;
  // The same file saved again (or restored after a refused edit): nothing to serve anew.
  if (JSON.stringify(result.dataset) === served.json) return served;
  // Earlier versions are shown with the current presentation (history.ts): rebuild them from the new file.
  s.pinned.clear();
  s.live = live(result.dataset, result.versions);
  if (!building()) keepCopy(file, s.live);
  const what = result.dataset.version === served.dataset.version ? "presentation edited (no correction needed)" : "dataset corrected";
  console.log(`${election}: ${what}: now serving version ${s.live.dataset.version} (${result.dataset.corrections.length} correction(s) logged).`);
  return s.live;
}

/** One version of an election's served history, by its version id; undefined for an unknown one. */
export function loadVersion(election: string, version: string): LoadedDataset | undefined {
  const current = loadDataset(election);
  if (version === current.dataset.version) return current;
  const s = store(election);
  const cached = s.pinned.get(version);
  if (cached) return cached;
  const record = current.versions.find((v) => v.version === version);
  if (!record) return undefined;
  const loaded = serialise(record.dataset);
  s.pinned.set(version, loaded);
  return loaded;
}

/** The served version, when the file was last checked, and the last refused correction. */
export function datasetStatus(election: string): DatasetStatus {
  const current = loadDataset(election);
  const s = store(election);
  return { version: current.dataset.version, checkedAt: s.checkedAt ?? new Date().toISOString(), ...(s.refused ? { refused: s.refused } : {}) };
}

/** One line of the catalogue: an election and its served dataset. */
export interface CatalogueEntry {
  election: string;
  live: LiveDataset;
}

/** Every election with a valid version, newest first (by its last round's date, then by id). */
export function loadCatalogue(): CatalogueEntry[] {
  // A file with no valid version yet is not listed (loadDataset logs why, and data:check says it too), never an error page.
  const entries = electionIds().flatMap((election): CatalogueEntry[] => (isElection(election) ? [{ election, live: loadDataset(election) }] : []));
  const lastRound = (e: CatalogueEntry) =>
    e.live.dataset.election.rounds
      .map((r) => r.date)
      .sort()
      .at(-1) ?? "";
  return entries.sort((a, b) => lastRound(b).localeCompare(lastRound(a)) || a.election.localeCompare(b.election));
}

/** Forgets everything (tests). */
export function resetDatasetStore(): void {
  delete globalStore[STORE_KEY];
}
