// Test helper: the bundled dataset with more logged corrections, made as `npm run data:correct`
// makes them (history.ts, correctionFor), so that tests of versions and of the corrections log do
// not depend on the corrections the bundled file happens to carry.
import { contentOf, correctionFor, versionOf, type VersionRecord } from "../dataset/history";
import { validateWithHistory } from "../dataset/read";
import type { Dataset } from "../dataset/schema";
import { codedLevel } from "../dataset/select";
import { rawDataset } from "./fixtures";

/** One edit of the data and why, as an editor would publish it. */
export interface TestEdit {
  edit: (d: Record<string, any>) => void;
  reason?: { fr: string; en: string };
  date?: string;
}

/** The bundled dataset plus one logged correction per edit (dated a day apart from 1 December 2026), validated, with every version. */
export function correctedDataset(edits: readonly TestEdit[]): { dataset: Dataset; versions: VersionRecord[] } {
  let current = rawDataset();
  edits.forEach(({ edit, reason, date }, i) => {
    const next = structuredClone(current);
    edit(next);
    const correction = correctionFor(
      contentOf(current as Dataset),
      contentOf(next as Dataset),
      date ?? new Date(Date.UTC(2026, 11, 1 + i, 12)).toISOString().replace(".000", ""),
      reason ?? { fr: `Raison ${i + 1}`, en: `Reason ${i + 1}` },
    );
    current = { ...next, version: versionOf(contentOf(next as Dataset)), corrections: [...current.corrections, correction] };
  });
  const valid = validateWithHistory(current);
  if (!valid.ok) throw new Error(`the corrected test copy is not valid: ${JSON.stringify(valid.problems.slice(0, 3))}`);
  return { dataset: valid.dataset, versions: valid.versions };
}

/** The bundled dataset with one logged correction, as a file's JSON: a plain object a test may write or break further. */
export function correctedFile(edit: TestEdit["edit"]): Record<string, any> {
  return JSON.parse(JSON.stringify(correctedDataset([{ edit }]).dataset));
}

/** The record of one item of a list by id (tests edit by id, never by position: the data changes). */
export function byId<T extends { id: string }>(list: T[], id: string): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`no item ${id} in the dataset`);
  return found;
}

/** Recodes every cell from its proposals (the codebook's rule), after a test edit moved or recoded proposals. */
export function recodeCells(d: Record<string, any>): void {
  const contested = new Set(d.themes.filter((t: any) => t.contested).map((t: any) => t.id));
  for (const cell of d.cells) {
    const own = d.proposals.filter((p: any) => p.candidate === cell.candidate && p.theme === cell.theme);
    cell.level = codedLevel(own);
    if (!contested.has(cell.theme)) continue;
    // Test data only: a cell that starts or stops being silent needs some stance.
    if (cell.level === 0) cell.stance = "not-mentioned";
    else if (cell.stance === "not-mentioned") cell.stance = "undecided";
  }
}
