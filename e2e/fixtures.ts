// What the browser tests compare the pages with: the dataset file itself.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface DatasetShape {
  candidates: { id: string; name: string }[];
  themes: { id: string }[];
  cells: { candidate: string; theme: string; level: number }[];
  proposals: { id: string; quotes: string[] }[];
  figures: { id: string }[];
  termUsage: { id: string }[];
}

/** The bundled dataset, read the way the server reads it. */
export const dataset: DatasetShape = JSON.parse(readFileSync(path.join(process.cwd(), "data", "paris-2020.json"), "utf8"));

export const LANGS = ["fr", "en"] as const;
