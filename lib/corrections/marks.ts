// How a version and its corrections show wherever data is shown: the "Corrigé le …" mark beside a
// source line (dashboard, embeds), the version in a download's source line, and the log's URL.
import { lastCorrectedOn } from "../dataset/changes";
import type { Dataset } from "../dataset/schema";
import { getDictionary, pick, type Locale } from "../i18n";
import { LOCALE_TAGS } from "../i18n/locales";

/** Corrections are dated in Paris time: the election's, and the newsroom's. */
export const CORRECTIONS_TIME_ZONE = "Europe/Paris";

/** A date as readers write it, in Paris time: « 30 novembre 2026 », « 1er décembre 2026 », "30 November 2026". */
export function formatDate(iso: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { day: "numeric", month: "long", year: "numeric", timeZone: CORRECTIONS_TIME_ZONE });
  // French writes the first of the month as an ordinal (« 1er »); Intl does not.
  return format
    .formatToParts(new Date(iso))
    .map((part) => (locale === "fr" && part.type === "day" && part.value === "1" ? "1er" : part.value))
    .join("");
}

/** A version's number: 1 as published, n + 1 after n corrections. */
export function versionNumber(d: Pick<Dataset, "corrections">): number {
  return d.corrections.length + 1;
}

/** The corrections log in a language, at one correction's entry when given (`#correction-2`). */
export function correctionsHref(locale: Locale, correction?: number): string {
  return `/${locale}/corrections${correction ? `#correction-${correction}` : ""}`;
}

/** The Atom feed of corrections. */
export const FEED_PATH = "/corrections.xml";

/** "Corrigé le 30 novembre 2026", linking to the version's last correction in the log; none for an uncorrected version. */
export function correctedMark(d: Pick<Dataset, "corrections">, locale: Locale, origin = ""): { label: string; href: string } | undefined {
  const date = lastCorrectedOn(d);
  if (!date) return undefined;
  return { label: getDictionary(locale).corrections.correctedOn(formatDate(date, locale)), href: `${origin}${correctionsHref(locale, d.corrections.length)}` };
}

/** The source line of a download: the citation, then the data's version and its last correction. */
export function versionedSourceLine(d: Pick<Dataset, "corrections" | "version" | "source">, locale: Locale): string {
  const t = getDictionary(locale);
  const date = lastCorrectedOn(d);
  return `${t.charts.sourceLine(pick(d.source.citation, locale))} ${t.corrections.dataVersion(versionNumber(d), d.version, date && formatDate(date, locale))}`;
}
