// Reading a dataset file: the one place where a file becomes a validated dataset, with its
// history checked and rebuilt, or a list of problems. Shared by the server loader and the
// `data:check` command, so both say the same thing.
import { readFileSync } from "node:fs";
import { formatProblem, type Problem, validateDataset } from "./check";
import { rebuildHistory, type VersionRecord } from "./history";
import type { Dataset } from "./schema";

export type FileValidation = { ok: true; dataset: Dataset; versions: VersionRecord[] } | { ok: false; problems: Problem[] };

/** Validates parsed JSON: structure, cross-references, then the version and the corrections log. */
export function validateWithHistory(json: unknown): { ok: true; dataset: Dataset; versions: VersionRecord[] } | { ok: false; problems: Problem[] } {
  const result = validateDataset(json);
  if (!result.ok) return result;
  const history = rebuildHistory(result.dataset);
  return history.ok ? { ok: true, dataset: result.dataset, versions: history.versions } : history;
}

/** Reads and validates one dataset file (of the given election, when named: its id must match); never throws, whatever the file holds. */
export function readDatasetFile(file: string, election?: string): FileValidation {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return { ok: false, problems: [{ path: [], message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: [], message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const result = validateWithHistory(json);
  // The file's name is the election's id in every URL: a file under another name would serve another election's data.
  if (result.ok && election !== undefined && result.dataset.election.id !== election) {
    return {
      ok: false,
      problems: [{ path: ["election", "id"], message: `is "${result.dataset.election.id}", but the file is the one of election "${election}" (name the file ${result.dataset.election.id}.json)` }],
    };
  }
  return result;
}

/** The report printed by the checker and thrown by the loader: the file, then one `path: reason` per line. */
export function describeProblems(file: string, problems: readonly Problem[]): string {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return [`${file} is not a valid dataset (${count}):`, ...problems.map(formatProblem)].join("\n");
}
