// The dataset as the server sees it: read from disk, validated once, then kept in memory with
// its serialised JSON and a strong ETag. An invalid file is never served: loading it throws the
// checker's report, which fails `next build` when pages are prerendered.
import "server-only";
import { createHash } from "node:crypto";
import path from "node:path";
import { describeProblems, readDatasetFile } from "./read";
import type { Dataset } from "./schema";

/** The validated dataset, the exact JSON served for it, and that JSON's strong ETag. */
export interface LoadedDataset {
  dataset: Dataset;
  json: string;
  etag: string;
}

/** The dataset file: `DATASET_FILE` when set (a newsroom's mounted volume), else the bundled one. */
export function datasetFile(): string {
  return process.env.DATASET_FILE || path.join(process.cwd(), "data", "paris-2020.json");
}

let loaded: LoadedDataset | undefined;

/** Loads and validates the dataset on first use; throws the checker's report if it is invalid. */
export function loadDataset(): LoadedDataset {
  if (loaded) return loaded;
  const file = datasetFile();
  const result = readDatasetFile(file);
  if (!result.ok) {
    const shown = file.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), file) : file;
    throw new Error(describeProblems(shown, result.problems));
  }
  const json = JSON.stringify(result.dataset);
  const etag = `"${createHash("sha256").update(json).digest("base64url")}"`;
  loaded = { dataset: result.dataset, json, etag };
  return loaded;
}
