// What each correction changed, in terms readers and presenters understand: which datum (a
// proposal of a candidate on a theme, a figure, a cell…), which field, the value before and after,
// and the scope (candidates, themes, measures, terms) that tells which charts and slides show it.
// Pure: it reads the versions rebuilt by history.ts.
import fastJsonPatch from "fast-json-patch";
import type { VersionRecord } from "./history";
import type { CorrectionRecord, Dataset, LocalizedTextValue } from "./schema";

const { getValueByPointer } = fastJsonPatch;

/** The datum a changed value belongs to. */
export interface ChangedDatum {
  /** The dataset's list (`proposals`, `figures`, `cells`…) or top-level field (`election`). */
  collection: string;
  /** The item's id where it has one (`hidalgo-platforms-data-app`), else its index or key. */
  id: string;
  candidate?: string;
  theme?: string;
  measure?: string;
}

/** One changed value: where, and what it was and became (undefined: absent in that version). */
export interface ChangedValue {
  datum: ChangedDatum;
  /** The field inside the datum, as keys (`["summary", "en"]`, `["quotes", 1]`); empty for the whole datum. */
  field: (string | number)[];
  before: unknown;
  after: unknown;
  /** The datum as it is in the version after, when it differs (a proposal moved to another theme). */
  datumAfter?: ChangedDatum;
}

/** Everything a correction touched, with its scope. */
export interface CorrectionSummary {
  /** 1 for the first correction. */
  number: number;
  date: string;
  reason: LocalizedTextValue;
  from: string;
  to: string;
  changes: ChangedValue[];
  scope: { candidates: string[]; themes: string[]; measures: string[]; terms: boolean; election: boolean };
}

function unescapeKey(key: string): string {
  return key.replace(/~1/g, "/").replace(/~0/g, "~");
}

function valueAt(doc: unknown, pointer: string): unknown {
  try {
    return getValueByPointer(doc, pointer);
  } catch {
    return undefined;
  }
}

/** The datum a JSON Pointer falls in, read from the version that has it. */
function datumOf(doc: Dataset, keys: string[]): { datum: ChangedDatum; depth: number } {
  const [collection = "", index] = keys;
  const list = (doc as unknown as Record<string, unknown>)[collection];
  if (Array.isArray(list) && index !== undefined) {
    const item = (list[Number(index)] ?? {}) as Record<string, unknown>;
    const subject = item.subject as { candidate?: string } | undefined;
    const str = (v: unknown) => (typeof v === "string" ? v : undefined);
    const candidate = str(item.candidate) ?? subject?.candidate ?? (collection === "candidates" ? str(item.id) : collection === "spokespeople" ? str(item.for) : undefined);
    const own = (name: string) => (collection === name ? str(item.id) : undefined);
    return {
      datum: {
        collection,
        id: str(item.id) ?? (collection === "cells" ? `${candidate}.${str(item.theme)}` : index),
        candidate,
        theme: str(item.theme) ?? own("themes"),
        measure: str(item.measure) ?? own("measures"),
      },
      depth: 2,
    };
  }
  return { datum: { collection, id: collection }, depth: 1 };
}

/** The changed values of one correction, from the versions before and after it. */
export function changedValues(correction: CorrectionRecord, before: Dataset, after: Dataset): ChangedValue[] {
  const seen = new Set<string>();
  const out: ChangedValue[] = [];
  for (const op of correction.patch) {
    if (op.op === "test" || seen.has(op.path)) continue;
    seen.add(op.path);
    const keys = op.path.split("/").slice(1).map(unescapeKey);
    // An added or removed item is described from the version that has it.
    const { datum, depth } = datumOf(op.op === "add" ? after : before, keys);
    const field = keys.slice(depth).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    const later = op.op === "replace" ? datumOf(after, keys).datum : undefined;
    const moved = later && JSON.stringify(later) !== JSON.stringify(datum) ? { datumAfter: later } : {};
    // At an array index, the other version holds whatever item sits there, not this one.
    const was = op.op === "add" ? undefined : valueAt(before, op.path);
    const is = op.op === "remove" ? undefined : valueAt(after, op.path);
    out.push({ datum, field, before: was, after: is, ...moved });
  }
  return out;
}

/** Every correction of a history, summarised; versions come oldest first (rebuildHistory). */
export function correctionSummaries(versions: readonly VersionRecord[]): CorrectionSummary[] {
  const latest = versions[versions.length - 1]?.dataset;
  if (!latest) return [];
  return latest.corrections.map((correction, i) => {
    const changes = changedValues(correction, versions[i]!.dataset, versions[i + 1]!.dataset);
    const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
    const datums = changes.flatMap((c) => (c.datumAfter ? [c.datum, c.datumAfter] : [c.datum]));
    return {
      number: i + 1,
      date: correction.date,
      reason: correction.reason,
      from: correction.from,
      to: correction.to,
      changes,
      scope: {
        candidates: unique(datums.map((d) => d.candidate)),
        themes: unique(datums.map((d) => d.theme)),
        measures: unique(datums.map((d) => d.measure)),
        terms: datums.some((d) => d.collection === "termUsage"),
        election: datums.some((d) => ["election", "source", "measures"].includes(d.collection)),
      },
    };
  });
}
