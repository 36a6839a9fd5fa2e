// The presenter's view of the served data, for the notes window (/api/dataset/status) and the
// page's first render: the store's status plus every correction of the live history, summarised.
import "server-only";
import { correctionSummaries, type CorrectionSummary } from "../dataset/changes";
import type { VersionRecord } from "../dataset/history";
import { datasetStatus, loadDataset } from "../dataset/load";
import type { PresenterStatus } from "./corrections";

// Summaries are worked out once per history (the store keeps one `versions` array per version).
const summaries = new WeakMap<readonly VersionRecord[], CorrectionSummary[]>();

/** The served version (number and id), the last check, a refused correction, and the corrections summarised. */
export function presenterStatus(): PresenterStatus {
  const { versions } = loadDataset();
  const status = datasetStatus();
  let corrections = summaries.get(versions);
  if (!corrections) summaries.set(versions, (corrections = correctionSummaries(versions)));
  return { ...status, number: versions.length, corrections };
}
