// Test helper: the bundled dataset with more logged corrections, made as `npm run data:correct`
// makes them (history.ts, correctionFor), so that tests of versions and of the corrections log do
// not depend on the corrections the bundled file happens to carry.
import { contentOf, correctionFor, type VersionRecord, versionOf } from "../dataset/history";
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

const DAY_MS = 86_400_000;

/**
 * Noon of the first day a new correction may take: 1 December 2026 (the day after Paris's log),
 * or the day after the file's last dated entry when that is later (the fixture election is 2031's).
 */
function firstCorrectionDay(d: Record<string, any>): number {
  const last = Math.max(Date.parse(d.publishedAt), ...d.corrections.map((c: { date: string }) => Date.parse(c.date)));
  return Math.max(Date.UTC(2026, 11, 1, 12), Math.floor(last / DAY_MS) * DAY_MS + DAY_MS + DAY_MS / 2);
}

/** A dataset file (the bundled Paris one unless given) plus one logged correction per edit (dated a day apart, see firstCorrectionDay), validated, with every version. */
export function correctedDataset(edits: readonly TestEdit[], base: Record<string, any> = rawDataset()): { dataset: Dataset; versions: VersionRecord[] } {
  let current = structuredClone(base);
  const firstDay = firstCorrectionDay(current);
  edits.forEach(({ edit, reason, date }, i) => {
    const next = structuredClone(current);
    edit(next);
    const correction = correctionFor(
      contentOf(current as Dataset),
      contentOf(next as Dataset),
      date ?? new Date(firstDay + i * DAY_MS).toISOString().replace(".000", ""),
      reason ?? { fr: `Raison ${i + 1}`, en: `Reason ${i + 1}` },
    );
    current = { ...next, version: versionOf(contentOf(next as Dataset)), corrections: [...current.corrections, correction] };
  });
  const valid = validateWithHistory(current);
  if (!valid.ok) throw new Error(`the corrected test copy is not valid: ${JSON.stringify(valid.problems.slice(0, 3))}`);
  return { dataset: valid.dataset, versions: valid.versions };
}

/** A dataset file (the bundled Paris one unless given) with one logged correction, as a file's JSON: a plain object a test may write or break further. */
export function correctedFile(edit: TestEdit["edit"], base?: Record<string, any>): Record<string, any> {
  return JSON.parse(JSON.stringify(correctedDataset([{ edit }], base).dataset));
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
