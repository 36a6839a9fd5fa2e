// Dates and times as readers read them, in one time zone, so the server's first render, the
// browser's, the dashboard, the feed and the presenter all say the same day. Dependency-free: the
// presenter's client bundle imports it.
import { LOCALE_TAGS, type Locale } from "./locales";

/** Corrections, checks and the election are told in the newsroom's time zone (one for the whole product, so every page says the same day). */
export const TIME_ZONE = "Europe/Paris";

/** A date as readers write it, in Paris time: « 30 novembre 2026 », « 1er décembre 2026 », "30 November 2026". */
export function formatDate(iso: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
  // French writes the first of the month as an ordinal (« 1er »); Intl does not.
  return format
    .formatToParts(new Date(iso))
    .map((part) => (locale === "fr" && part.type === "day" && part.value === "1" ? "1er" : part.value))
    .join("");
}

/** A time of day in Paris time, on a 24-hour clock: `21:04`, or `21:04:09` with seconds. */
export function formatClockTime(iso: string, locale: Locale, seconds = false): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { hour: "2-digit", minute: "2-digit", second: seconds ? "2-digit" : undefined, hourCycle: "h23", timeZone: TIME_ZONE }).format(new Date(iso));
}
