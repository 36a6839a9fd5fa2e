// How a version and its corrections show wherever data is shown: the "Corrigé le …" mark beside a
// source line (dashboard, embeds, presenter slides), the version in a download's source line, and
// the link to the election's log. Light on purpose: the presenter's client bundle imports it, so it must not import
// the patch machinery (lib/dataset/changes.ts, fast-json-patch).
import type { Dataset } from "../dataset/schema";
import { getDictionary, type Locale, pick } from "../i18n";
import { formatDate } from "../i18n/dates";
import { correctionsHref } from "../routes";

/** The date of the latest correction a version carries, or undefined when it has none. */
function lastCorrectedOn(d: Pick<Dataset, "corrections">): string | undefined {
  return d.corrections[d.corrections.length - 1]?.date;
}

/** A version's number: 1 as published, n + 1 after n corrections. */
export function versionNumber(d: Pick<Dataset, "corrections">): number {
  return d.corrections.length + 1;
}

/** "Corrigé le 30 novembre 2026", linking to the version's last correction in its election's log; none for an uncorrected version. */
export function correctedMark(d: { corrections: Dataset["corrections"]; election: Pick<Dataset["election"], "id"> }, locale: Locale, origin = ""): { label: string; href: string } | undefined {
  const date = lastCorrectedOn(d);
  if (!date) return undefined;
  return { label: getDictionary(locale).corrections.correctedOn(formatDate(date, locale)), href: `${origin}${correctionsHref(locale, d.election.id, d.corrections.length)}` };
}

/** The source line of a download: the citation, then the data's version and its last correction. */
export function versionedSourceLine(d: Pick<Dataset, "corrections" | "version" | "source">, locale: Locale): string {
  const t = getDictionary(locale);
  const date = lastCorrectedOn(d);
  return `${t.charts.sourceLine(pick(d.source.citation, locale))} ${t.corrections.dataVersion(versionNumber(d), d.version, date && formatDate(date, locale))}`;
}
