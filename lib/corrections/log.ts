// The corrections log's content (the page /{lang}/corrections): each correction with its versions
// and its changed values in words, newest first. Worked out once per history and language (the
// store keeps one `versions` array per version), so a request that follows no correction reads
// it from memory.
import { type CorrectionSummary, correctionSummaries } from "../dataset/changes";
import type { VersionRecord } from "../dataset/history";
import type { Locale } from "../i18n";
import { type ReadableChange, readableChanges } from "./readable";

/** One correction as the log shows it. */
export interface LogEntry {
  summary: CorrectionSummary;
  before: VersionRecord;
  after: VersionRecord;
  changes: ReadableChange[];
}

const logs = new WeakMap<readonly VersionRecord[], Partial<Record<Locale, LogEntry[]>>>();

/** Every correction of a history (oldest first, the store's), newest first, in words; the same array for the same history and language. */
export function correctionsLog(versions: readonly VersionRecord[], locale: Locale): LogEntry[] {
  let byLocale = logs.get(versions);
  if (!byLocale) logs.set(versions, (byLocale = {}));
  return (byLocale[locale] ??= correctionSummaries(versions)
    .map((summary) => {
      const [before, after] = [versions[summary.number - 1]!, versions[summary.number]!];
      return { summary, before, after, changes: readableChanges(summary, before.dataset, after.dataset, locale) };
    })
    .reverse());
}
