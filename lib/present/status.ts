// The presenter's view of an election's served data, for the notes window (its dataset status route) and the
// page's first render: the store's status plus every correction of the live history, summarised,
// each changed value in words in each language. The words are worked out here, on the server,
// because only the server has the versions before each correction; the notes window prints them.
import "server-only";
import { readableChanges, readableRuns } from "../corrections/readable";
import { correctionSummaries } from "../dataset/changes";
import type { VersionRecord } from "../dataset/history";
import { datasetStatus, loadDataset } from "../dataset/load";
import { LOCALES, type Locale } from "../i18n";
import type { ChangeText, PresenterChange, PresenterCorrection, PresenterStatus } from "./corrections";

/** Every correction of a history (oldest first), each changed value with where it is and its words in each language, as the public log reads it. */
export function presenterCorrections(versions: readonly VersionRecord[]): PresenterCorrection[] {
  return correctionSummaries(versions).map(({ changes, ...summary }) => {
    const [before, after] = [versions[summary.number - 1]!.dataset, versions[summary.number]!.dataset];
    const words = (change: (typeof changes)[number], locale: Locale): ChangeText[] =>
      readableChanges({ changes: [change] }, before, after, locale).map((c) => ({
        what: `${c.datum} · ${c.field}`,
        before: readableRuns(c.before, before, locale),
        after: readableRuns(c.after, after, locale),
      }));
    return {
      ...summary,
      changes: changes.map((change) => ({
        datum: change.datum,
        field: change.field,
        ...(change.datumAfter ? { datumAfter: change.datumAfter } : {}),
        text: Object.fromEntries(LOCALES.map((l) => [l, words(change, l)])),
      })),
    };
  });
}

// Worked out once per history (the store keeps one `versions` array per version) and per choice of languages.
const corrections = new WeakMap<readonly VersionRecord[], Map<string, PresenterCorrection[]>>();

/** The corrections with their words in some languages only: the notes window needs its own, the audience screen none. */
function inLanguages(all: PresenterCorrection[], locales: readonly Locale[]): PresenterCorrection[] {
  const keep = (text: PresenterChange["text"]) => Object.fromEntries(locales.flatMap((l) => (text[l] ? [[l, text[l]]] : [])));
  return all.map((c) => ({ ...c, changes: c.changes.map((change) => ({ ...change, text: keep(change.text) })) }));
}

/** An election's served version (number and id), the last check, a refused correction, and the corrections, in words in `locales` (all by default). */
export function presenterStatus(election: string, locales: readonly Locale[] = LOCALES): PresenterStatus {
  const { versions } = loadDataset(election);
  const status = datasetStatus(election);
  let byLocales = corrections.get(versions);
  if (!byLocales) corrections.set(versions, (byLocales = new Map()));
  const key = [...locales].sort().join();
  let summarised = byLocales.get(key);
  if (!summarised) {
    const all = byLocales.get(LOCALES.join()) ?? presenterCorrections(versions);
    byLocales.set(LOCALES.join(), all);
    byLocales.set(key, (summarised = inLanguages(all, locales)));
  }
  return { ...status, number: versions.length, corrections: summarised };
}
