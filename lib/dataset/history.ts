// A dataset's versions and its corrections log. The version is a hash of the content without the
// log; each correction is an RFC 6902 patch from one version to the next, whose `test` operations
// record the old values, so that the patch can be inverted: one file holds every version, and any
// earlier one is rebuilt by applying the inverted patches, newest first. Server-side (node:crypto).
import { createHash } from "node:crypto";
import fastJsonPatch from "fast-json-patch";
import { type Problem, validateDataset } from "./check";
import type { CorrectionRecord, Dataset, PatchOperationRecord } from "./schema";

const { applyPatch, compare, deepClone } = fastJsonPatch;

/** A value inside a patch operation (what the schema's `z.json()` accepts). */
type JsonValue = Extract<PatchOperationRecord, { op: "add" }>["value"];

/**
 * A dataset without the fields that describe it rather than hold it: what a version identifies.
 * The presentation (titles, charts, notes) is the newsroom's framing, not data: it is edited
 * without a correction, and every version is shown with the current one.
 */
export type DatasetContent = Omit<Dataset, "$schema" | "version" | "corrections" | "presentation">;

/** The content a version hashes: everything but `$schema`, `version`, `corrections` and `presentation`. */
export function contentOf(d: Pick<Dataset, "$schema" | "version" | "corrections"> & object): DatasetContent {
  const { $schema: _schema, version: _version, corrections: _corrections, presentation: _presentation, ...content } = d as Dataset;
  return content;
}

/** JSON with object keys sorted at every depth, so that equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortedKeys);
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key];
  return sorted;
}

/** The version of some content: the first 12 hex digits of the SHA-256 of its canonical JSON. */
export function versionOf(content: unknown): string {
  return createHash("sha256").update(canonicalJson(content)).digest("hex").slice(0, 12);
}

/**
 * The patch that undoes `patch`: operations in reverse order, each replaced by its inverse. A
 * `replace` or `remove` must follow a `test` of the same path (the old value); else it cannot be
 * undone and the problem is returned instead.
 */
export function invertPatch(patch: readonly PatchOperationRecord[]): { ok: true; patch: PatchOperationRecord[] } | { ok: false; index: number; message: string } {
  const inverse: PatchOperationRecord[][] = [];
  for (let i = 0; i < patch.length; i++) {
    const op = patch[i]!;
    const previous = patch[i - 1];
    const old = previous?.op === "test" && previous.path === op.path ? previous.value : undefined;
    if (op.op === "add") {
      inverse.push([
        { op: "test", path: op.path, value: op.value },
        { op: "remove", path: op.path },
      ]);
    } else if (op.op === "test") {
      // A test that only records the old value for the next operation is part of that one's inverse.
      const next = patch[i + 1];
      if (!(next && (next.op === "replace" || next.op === "remove") && next.path === op.path)) inverse.push([op]);
    } else if (old === undefined) {
      return { ok: false, index: i, message: `a "${op.op}" needs a "test" of the old value at ${op.path} just before it, so the correction can be undone` };
    } else if (op.op === "replace") {
      inverse.push([
        { op: "test", path: op.path, value: op.value },
        { op: "replace", path: op.path, value: old },
      ]);
    } else {
      inverse.push([{ op: "add", path: op.path, value: old }]);
    }
  }
  return { ok: true, patch: inverse.reverse().flat() };
}

/** Applies a patch to a copy of `document`; the error message when an operation does not apply. */
export function applyToCopy<T>(document: T, patch: readonly PatchOperationRecord[]): { ok: true; document: T } | { ok: false; message: string } {
  try {
    return { ok: true, document: applyPatch(deepClone(document), patch as never, true, true).newDocument as T };
  } catch (error) {
    return { ok: false, message: (error as Error).message.split("\n")[0] ?? String(error) };
  }
}

/** The key of an item in each list of the dataset: what a diff matches items by. */
const ITEM_KEYS: Record<string, (item: Record<string, unknown>) => unknown> = {
  candidates: (item) => item.id,
  spokespeople: (item) => item.id,
  themes: (item) => item.id,
  cells: (item) => `${String(item.candidate)}\u0000${String(item.theme)}`,
  proposals: (item) => item.id,
  measures: (item) => item.id,
  figures: (item) => item.id,
  termUsage: (item) => item.id,
};

/**
 * The patch from one content to another, with the `test` operations that make it invertible.
 * Lists are matched by their items' keys first (removed items removed, new ones added at their
 * place), so that removing one proposal is one operation, not a rewrite of every later one; the
 * rest is fast-json-patch's positional diff. A list whose kept items changed order, or whose keys
 * repeat, is left to the positional diff.
 */
function diffContent(before: DatasetContent, after: DatasetContent): PatchOperationRecord[] {
  const work = deepClone(before) as unknown as Record<string, Record<string, unknown>[]>;
  const target = after as unknown as Record<string, Record<string, unknown>[]>;
  const ops: PatchOperationRecord[] = [];
  for (const [list, keyOf] of Object.entries(ITEM_KEYS)) {
    const from = work[list];
    const to = target[list];
    if (!Array.isArray(from) || !Array.isArray(to)) continue;
    const toKeys = to.map(keyOf);
    if (new Set(toKeys).size !== toKeys.length || new Set(from.map(keyOf)).size !== from.length) continue;
    const staying = new Set(toKeys);
    const removals: PatchOperationRecord[] = [];
    for (let i = from.length - 1; i >= 0; i--) {
      if (staying.has(keyOf(from[i]!))) continue;
      removals.push({ op: "test", path: `/${list}/${i}`, value: from[i] as JsonValue }, { op: "remove", path: `/${list}/${i}` });
    }
    const kept = from.filter((item) => staying.has(keyOf(item)));
    const keptKeys = kept.map(keyOf);
    const present = new Set(keptKeys);
    if (toKeys.filter((k) => present.has(k)).join("\u0001") !== keptKeys.join("\u0001")) continue;
    ops.push(...removals);
    to.forEach((item, j) => {
      if (present.has(toKeys[j])) return;
      ops.push({ op: "add", path: `/${list}/${j}`, value: deepClone(item) as JsonValue });
      kept.splice(j, 0, item);
    });
    work[list] = kept;
  }
  return [...ops, ...(compare(work, target, true) as PatchOperationRecord[])];
}

/** One version in a dataset's history: its number (1 = as published), its content and how it ended. */
export interface VersionRecord {
  /** 1 for the published data, n + 1 after the n-th correction. */
  number: number;
  version: string;
  /** The dataset as it was: content, version, and the log up to that version. */
  dataset: Dataset;
}

export type History = { ok: true; versions: VersionRecord[] } | { ok: false; problems: Problem[] };

/**
 * Checks a validated dataset's version and log, and rebuilds every earlier version from it: the
 * version is the hash of the content; each correction leads from its `from` to its `to`; the last
 * one ends at the dataset's version; every rebuilt version is itself a valid dataset.
 */
export function rebuildHistory(d: Dataset): History {
  const problems: Problem[] = [];
  let content = contentOf(d);
  const actual = versionOf(content);
  if (d.version !== actual) return { ok: false, problems: [{ path: ["version"], message: `is ${d.version}, but the content hashes to ${actual}` }] };
  const versions: VersionRecord[] = [{ number: d.corrections.length + 1, version: actual, dataset: d }];
  for (let i = d.corrections.length - 1; i >= 0; i--) {
    const correction = d.corrections[i]!;
    const path = ["corrections", i];
    const expectedTo = versions[0]!.version;
    if (correction.to !== expectedTo) {
      problems.push({ path: [...path, "to"], message: `is ${correction.to}, but the version after this correction is ${expectedTo}` });
      break;
    }
    const inverse = invertPatch(correction.patch);
    if (!inverse.ok) {
      problems.push({ path: [...path, "patch", inverse.index], message: inverse.message });
      break;
    }
    const undone = applyToCopy(content, inverse.patch);
    if (!undone.ok) {
      problems.push({ path: [...path, "patch"], message: `cannot be undone on version ${expectedTo}: ${undone.message}` });
      break;
    }
    const before = undone.document;
    const redone = applyToCopy(before, correction.patch);
    if (!redone.ok || canonicalJson(redone.document) !== canonicalJson(content)) {
      problems.push({ path: [...path, "patch"], message: "does not lead back to the next version when reapplied" });
      break;
    }
    const fromVersion = versionOf(before);
    if (correction.from !== fromVersion) {
      // An "add" over an existing value, say: undone, it removes the value instead of restoring it.
      problems.push({ path: [...path, "from"], message: `is ${correction.from}, but undoing the patch gives version ${fromVersion}` });
      break;
    }
    // A version id names one state of the data: a correction that changes nothing, or that leads
    // back to a version already published, would make one pinned URL serve two states.
    const again = versions.find((v) => v.version === fromVersion);
    if (again) {
      problems.push({ path, message: `leads from version ${fromVersion} back to that same data (version ${again.number}): publish a correction that changes something new` });
      break;
    }
    // Each earlier version is shown with the current presentation (it is not part of any version).
    const dataset = { ...(d.$schema ? { $schema: d.$schema } : {}), ...before, version: fromVersion, corrections: d.corrections.slice(0, i), presentation: d.presentation } as Dataset;
    const valid = validateDataset(dataset);
    if (!valid.ok) {
      problems.push(...valid.problems.map((p) => ({ path: [...path, "from"], message: `version ${fromVersion}, rebuilt, is not valid: ${p.path.join(".")}: ${p.message}` })));
      break;
    }
    versions.unshift({ number: i + 1, version: fromVersion, dataset: valid.dataset });
    content = before;
  }
  return problems.length ? { ok: false, problems } : { ok: true, versions };
}

/**
 * The rule for a changed file: its log must keep every entry of the previous one unchanged and
 * add the corrections that lead, exactly, from the previous version to the new one. Both datasets
 * must already be valid with a consistent history (rebuildHistory).
 */
export function checkSuccessor(previous: Dataset, next: Dataset): Problem[] {
  const problems: Problem[] = [];
  previous.corrections.forEach((entry, i) => {
    const now = next.corrections[i];
    if (!now) problems.push({ path: ["corrections", i], message: "was removed: the corrections log is append-only" });
    else if (canonicalJson(now) !== canonicalJson(entry)) problems.push({ path: ["corrections", i], message: "was edited: earlier entries of the corrections log are never changed" });
  });
  if (problems.length) return problems;
  const added = next.corrections.slice(previous.corrections.length);
  if (added.length === 0) {
    if (next.version !== previous.version)
      problems.push({ path: ["corrections"], message: `the data changed (version ${previous.version} → ${next.version}) without a new correction describing the change` });
    return problems;
  }
  let content = contentOf(previous);
  let version = previous.version;
  added.forEach((correction: CorrectionRecord, k) => {
    if (problems.length) return;
    const i = previous.corrections.length + k;
    if (correction.from !== version) {
      problems.push({ path: ["corrections", i, "from"], message: `is ${correction.from}, but the version it corrects is ${version}` });
      return;
    }
    const applied = applyToCopy(content, correction.patch);
    if (!applied.ok) {
      problems.push({ path: ["corrections", i, "patch"], message: `does not apply to version ${version}: ${applied.message}` });
      return;
    }
    content = applied.document;
    version = versionOf(content);
    if (correction.to !== version) problems.push({ path: ["corrections", i, "to"], message: `is ${correction.to}, but the patch gives version ${version}` });
  });
  if (!problems.length && canonicalJson(content) !== canonicalJson(contentOf(next))) {
    problems.push({ path: ["corrections", next.corrections.length - 1, "patch"], message: "does not describe the whole change: applied to the previous version, it does not give this file's data" });
  }
  return problems;
}

/** A new log entry for an edit of the content: the invertible patch and both versions. */
export function correctionFor(before: DatasetContent, after: DatasetContent, date: string, reason: CorrectionRecord["reason"]): CorrectionRecord {
  return { date, reason, patch: diffContent(before, after), from: versionOf(before), to: versionOf(after) };
}
