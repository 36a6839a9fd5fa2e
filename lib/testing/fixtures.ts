// Test helpers: the real dataset as raw JSON, and broken copies of it.
import { readFileSync } from "node:fs";
import path from "node:path";

export const DATASET_FILE = path.join(process.cwd(), "data", "elections", "paris-2020.json");

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
