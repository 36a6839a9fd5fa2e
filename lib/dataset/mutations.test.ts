// 200+ mutated copies of the real dataset (fields removed, retyped, duplicated, left dangling),
// each run through the same file check as `npm run data:check`: every one must be rejected with
// at least one located problem, and none may crash the checker.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rawDataset } from "../testing/fixtures";
import { formatProblem } from "./check";
import { readDatasetFile } from "./read";

/** A small deterministic PRNG (mulberry32), so every run tests the same mutations. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = Record<string, any>;
const COLLECTIONS = ["candidates", "spokespeople", "themes", "cells", "proposals", "figures", "termUsage"] as const;
/** Fields every element of a collection must have: removing or retyping one is always invalid. */
const REQUIRED: Record<(typeof COLLECTIONS)[number], string[]> = {
  candidates: ["id", "name", "spellings", "affiliation", "role", "quotes"],
  spokespeople: ["id", "name", "role", "for", "quotes"],
  themes: ["id", "label", "shortLabel", "description", "sectionQuote", "contested"],
  cells: ["candidate", "theme", "level"],
  proposals: ["id", "candidate", "theme", "kind", "summary", "quotes", "attribution"],
  figures: ["id", "subject", "measure", "value", "unit", "quotes", "attribution"],
  termUsage: ["id", "term", "claim", "quotes", "attribution"],
};
const REFERENCES: [(typeof COLLECTIONS)[number], string][] = [
  ["cells", "candidate"],
  ["cells", "theme"],
  ["proposals", "candidate"],
  ["proposals", "theme"],
  ["spokespeople", "for"],
  ["figures", "measure"],
];
const WRONG_TYPES = [null, 42, true, "text", [], {}, ["a", 1]];

interface Mutation {
  name: string;
  apply(d: Json): void;
}

function mutations(count: number): Mutation[] {
  const rand = random(2020);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: Mutation[] = [];
  const sample = rawDataset();
  for (let i = 0; out.length < count; i++) {
    const collection = pick(COLLECTIONS);
    const index = Math.floor(rand() * sample[collection].length);
    const field = pick(REQUIRED[collection]);
    switch (i % 4) {
      case 0:
        out.push({ name: `remove ${collection}[${index}].${field}`, apply: (d) => delete d[collection][index][field] });
        break;
      case 1: {
        const wrong = pick(WRONG_TYPES);
        const current = sample[collection][index][field];
        // Skip a "wrong" value of the same JSON type as the right one (it might be valid).
        if (typeof wrong === typeof current && Array.isArray(wrong) === Array.isArray(current)) continue;
        out.push({ name: `retype ${collection}[${index}].${field} to ${JSON.stringify(wrong)}`, apply: (d) => (d[collection][index][field] = structuredClone(wrong)) });
        break;
      }
      case 2:
        out.push({ name: `duplicate ${collection}[${index}]`, apply: (d) => d[collection].push(structuredClone(d[collection][index])) });
        break;
      case 3: {
        const [refCollection, refField] = pick(REFERENCES);
        const refIndex = Math.floor(rand() * sample[refCollection].length);
        out.push({ name: `dangle ${refCollection}[${refIndex}].${refField}`, apply: (d) => (d[refCollection][refIndex][refField] = `ghost-${i}`) });
        break;
      }
    }
  }
  return out;
}

describe("the dataset checker against mutated datasets", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "mutations-"));
  const all = mutations(240);

  it(`rejects each of ${all.length} mutated datasets with located problems, without crashing`, () => {
    const failures: string[] = [];
    all.forEach((mutation, i) => {
      const d = rawDataset();
      mutation.apply(d);
      const file = path.join(dir, `m${i}.json`);
      writeFileSync(file, JSON.stringify(d));
      let result: ReturnType<typeof readDatasetFile>;
      try {
        result = readDatasetFile(file);
      } catch (error) {
        failures.push(`${mutation.name}: the checker threw ${String(error)}`);
        return;
      }
      if (result.ok) failures.push(`${mutation.name}: accepted`);
      else if (result.problems.some((p) => p.path.length === 0 || !p.message)) {
        failures.push(`${mutation.name}: a problem without a path: ${result.problems.map(formatProblem).join("; ")}`);
      }
    });
    expect(failures).toEqual([]);
    expect(new Set(all.map((m) => m.name.split(" ")[0])).size).toBe(4);
    // 240 full validations: more than the default 5 s when the suite shares two cores.
  }, 60_000);
});
