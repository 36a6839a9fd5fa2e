// The dataset as the server sees it: read from disk, validated, then kept in memory with its
// serialised JSON and a strong ETag. The file may be corrected while the server runs (a newsroom's
// mounted volume, DATASET_FILE): a changed file is re-read and validated; a valid correction is
// served from then on, an invalid one is refused (logged with the checker's report) and the last
// valid dataset keeps being served. An invalid file at first load throws, which fails the build.
import "server-only";
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
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

let loaded: (LoadedDataset & { file: string; version: string }) | undefined;

/** What identifies a version of the file on disk without reading it: size and modification time. */
function versionOf(file: string): string {
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

/** The current valid dataset: re-validated when the file changed; throws only if none was ever valid. */
export function loadDataset(): LoadedDataset {
  const file = datasetFile();
  const version = versionOf(file);
  if (loaded && loaded.file === file && loaded.version === version) return loaded;
  const result = readDatasetFile(file);
  if (!result.ok) {
    const report = describeProblems(shown(file), result.problems);
    if (!loaded) throw new Error(report);
    // Refuse the correction but remember this version, so the report is logged once, not per request.
    console.error(`Dataset correction refused; still serving the last valid version.\n${report}`);
    loaded = { ...loaded, file, version };
    return loaded;
  }
  const json = JSON.stringify(result.dataset);
  const etag = `"${createHash("sha256").update(json).digest("base64url")}"`;
  loaded = { dataset: result.dataset, json, etag, file, version };
  return loaded;
}
