// Test helpers: the real dataset as raw JSON, and broken copies of it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { contentOf, correctionFor } from "../dataset/history";
import type { Dataset } from "../dataset/schema";

export const DATASET_FILE = path.join(process.cwd(), "data", "paris-2020.json");

/** The real dataset file, parsed but not validated (a fresh copy each call). */
export function rawDataset(): Record<string, any> {
  return JSON.parse(readFileSync(DATASET_FILE, "utf8"));
}

/** A copy of the real dataset with one change applied. */
export function brokenDataset(change: (d: Record<string, any>) => void): Record<string, any> {
  const d = rawDataset();
  change(d);
  return d;
}

/** A copy of the real dataset with one change, published as a logged correction: what a running server accepts. */
export function correctedDataset(change: (d: Record<string, any>) => void, date = "2026-12-01T20:00:00Z"): Record<string, any> {
  const before = rawDataset();
  const after = rawDataset();
  change(after);
  const correction = correctionFor(contentOf(before as Dataset), contentOf(after as Dataset), date, { fr: "Correction de test.", en: "Test correction." });
  return { ...after, version: correction.to, corrections: [...before.corrections, correction] };
}
