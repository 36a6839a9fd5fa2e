// Where each election's file is: the catalogue is the `{id}.json` files of data/elections/ (bundled)
// and of `DATASET_DIR` (a newsroom's mounted volume), plus `DATASET_FILE` for Paris, as before
// elections. Without `server-only`, so that `npm run data:check` checks the files the server loads.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { Id } from "./schema";

/** The election whose URLs predate elections in URLs (`/fr`, `/embed/{chart}`), and the one `DATASET_FILE` names. */
export const LEGACY_ELECTION = "paris-2020";

/** The folder of the bundled election files, one `{election}.json` each. */
export const BUNDLED_DIR = path.join(process.cwd(), "data", "elections");

/** An election's bundled file. */
export function bundledFile(election: string): string {
  return path.join(BUNDLED_DIR, `${election}.json`);
}

/** An election's file: `DATASET_FILE` for Paris when set (as before elections), else `DATASET_DIR/{id}.json` when set, else the bundled one. */
export function datasetFile(election: string): string {
  if (election === LEGACY_ELECTION && process.env.DATASET_FILE) return process.env.DATASET_FILE;
  return process.env.DATASET_DIR ? path.join(process.env.DATASET_DIR, `${election}.json`) : bundledFile(election);
}

/** Each folder's listing, kept while the folder's modification time stays the same. */
const listings = new Map<string, { mtimeMs: number; ids: string[] }>();

/**
 * The ids of the `{id}.json` files of a folder, sorted; none when it cannot be read. Asked several
 * times per request (the proxy, then the route): the folder is listed again only when a file was
 * added, removed or renamed in it (its modification time changes); a stat costs less than a listing.
 */
export function electionFilesIn(dir: string): string[] {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(dir).mtimeMs;
  } catch {
    return [];
  }
  const kept = listings.get(dir);
  if (kept?.mtimeMs === mtimeMs) return kept.ids;
  const ids = listFiles(dir);
  listings.set(dir, { mtimeMs, ids });
  return ids;
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .flatMap((name) => {
        const id = name.endsWith(".json") ? name.slice(0, -".json".length) : "";
        return Id.safeParse(id).success ? [id] : [];
      })
      .sort();
  } catch {
    return [];
  }
}

/** Every election the server knows: the files in `DATASET_DIR` and the bundled ones, sorted by id. */
export function electionIds(): string[] {
  const ids = new Set([...electionFilesIn(BUNDLED_DIR), ...(process.env.DATASET_DIR ? electionFilesIn(process.env.DATASET_DIR) : [])]);
  if (process.env.DATASET_FILE) ids.add(LEGACY_ELECTION);
  return [...ids].sort();
}

/** One election file and the election its name (or `DATASET_FILE`) says it holds. */
export interface ElectionFile {
  election: string;
  file: string;
}

/**
 * Every election file a server may read: the bundled ones (the fallbacks of live copies), those of
 * `DATASET_DIR` and `DATASET_FILE`; bundled first, each folder sorted by id.
 */
export function electionFiles(): ElectionFile[] {
  const inDir = (dir: string) => electionFilesIn(dir).map((election) => ({ election, file: path.join(dir, `${election}.json`) }));
  const files = [...inDir(BUNDLED_DIR), ...(process.env.DATASET_DIR ? inDir(process.env.DATASET_DIR) : [])];
  if (process.env.DATASET_FILE) files.push({ election: LEGACY_ELECTION, file: process.env.DATASET_FILE });
  // A DATASET_DIR that is data/elections itself lists each file once.
  return files.filter((f, i) => files.findIndex((g) => path.resolve(g.file) === path.resolve(f.file)) === i);
}
