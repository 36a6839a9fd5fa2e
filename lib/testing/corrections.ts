// Test helper: a copy of the real dataset with one more correction, logged as `data:correct` logs it.
import { correctionSummaries, type CorrectionSummary } from "../dataset/changes";
import { contentOf, correctionFor, versionOf } from "../dataset/history";
import { validateWithHistory } from "../dataset/read";
import type { Dataset } from "../dataset/schema";
import { rawDataset } from "./fixtures";

/** The dataset with one more logged correction, and that correction summarised. */
export function corrected(edit: (d: Record<string, any>) => void, date = "2026-11-30T20:04:00Z", reason = { fr: "Motif.", en: "Reason." }): { dataset: Dataset; summary: CorrectionSummary; summaries: CorrectionSummary[] } {
  const before = rawDataset();
  const after = structuredClone(before);
  edit(after);
  const correction = correctionFor(contentOf(before as Dataset), contentOf(after as Dataset), date, reason);
  const file = { ...after, version: versionOf(contentOf(after as Dataset)), corrections: [...before.corrections, correction] };
  const valid = validateWithHistory(file);
  if (!valid.ok) throw new Error(valid.problems.map((p) => `${p.path.join(".")}: ${p.message}`).join("\n"));
  const summaries = correctionSummaries(valid.versions);
  return { dataset: valid.dataset, summary: summaries.at(-1)!, summaries };
}
