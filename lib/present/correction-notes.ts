// What the notes window says of corrections and of the served data, in the presenter's language:
// each correction's date and reason, and each changed value before → after, quotes verbatim in
// French. Pure; times are Paris times (the election's city), so the server's first render and the
// browser's agree whatever their own time zones.
import type { ChangedValue, CorrectionSummary } from "../dataset/changes";
import type { Attribution, Dataset, FigureRecord } from "../dataset/schema";
import { candidateName } from "../dataset/select";
import { getDictionary, LOCALE_TAGS, pick, type Locale } from "../i18n";
import { formatClockTime, formatDate } from "../i18n/dates";
import { formatFigureValue, formatOwner } from "../i18n/format";
import type { PresenterStatus } from "./corrections";

/** Keys under which a string is the article's own words, shown verbatim. */
const VERBATIM_KEYS = new Set<string | number>(["text", "words", "sectionQuote"]);

/** A value as the notes print it; `lang: "fr"` for the article's words and French text. */
export interface ValueText {
  text: string;
  lang?: "fr";
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isLocalized = (v: unknown): v is { fr: string; en: string } => isObject(v) && typeof v.fr === "string" && typeof v.en === "string";

/** One value before or after a correction, in words: labels for ids, figures with their units, quotes in « ». */
export function formatChangedValue(value: unknown, change: Pick<ChangedValue, "datum" | "field">, d: Dataset, locale: Locale): ValueText {
  const t = getDictionary(locale).present.corrected;
  const { datum, field } = change;
  const last = field[field.length - 1];
  if (value === undefined || value === null) return { text: t.absent };
  if (typeof value === "boolean") return { text: value ? t.yes : t.no };
  if (datum.collection === "figures" && field[0] === "value") {
    const figure = d.figures.find((f) => f.id === datum.id);
    const figureValue = typeof value === "number" && field.length > 1 ? { kind: "single" as const, value } : isObject(value) && "kind" in value ? (value as FigureRecord["value"]) : undefined;
    if (figure && figureValue) return { text: formatFigureValue({ ...figure, value: figureValue }, locale) };
  }
  if (typeof value === "number") return { text: new Intl.NumberFormat(LOCALE_TAGS[locale]).format(value) };
  if (typeof value === "string") {
    if (last === "theme") return { text: d.themes.find((th) => th.id === value)?.shortLabel[locale] ?? value };
    if (last === "candidate" || last === "for") return { text: candidateName(d, value) };
    if ((last !== undefined && VERBATIM_KEYS.has(last)) || field.includes("spellings")) return { text: `« ${value} »`, lang: "fr" };
    return last === "fr" ? { text: value, lang: "fr" } : { text: value };
  }
  if (Array.isArray(value)) {
    const items = value.map((v, i) => formatChangedValue(v, { datum, field: [...field, i] }, d, locale));
    const allFrench = items.length > 0 && items.every((i) => i.lang === "fr");
    return { text: items.map((i) => i.text).join(allFrench ? " […] " : "; "), ...(allFrench ? { lang: "fr" as const } : {}) };
  }
  if (isLocalized(value)) return locale === "fr" ? { text: value.fr, lang: "fr" } : { text: value.en };
  if (isObject(value)) {
    if (typeof value.text === "string") return { text: `« ${value.text} »`, lang: "fr" };
    if (field[0] === "attribution" && typeof value.by === "string") return { text: formatOwner(d, value as Attribution, datum.candidate, locale) };
    if (isLocalized(value.summary)) return { text: pick(value.summary, locale) };
    if (isLocalized(value.label)) return { text: pick(value.label, locale) };
  }
  return { text: JSON.stringify(value) };
}

/** Which datum and field a change is in: `chiffre (Rachida Dati, …) · value.value`. */
export function describeChangedDatum(change: Pick<ChangedValue, "datum" | "field">, d: Dataset, locale: Locale): string {
  const t = getDictionary(locale).present.corrected;
  const { datum, field } = change;
  const who = [
    datum.candidate && candidateName(d, datum.candidate),
    datum.theme && (d.themes.find((th) => th.id === datum.theme)?.shortLabel[locale] ?? datum.theme),
    datum.measure && (d.measures.find((m) => m.id === datum.measure)?.label[locale] ?? datum.measure),
  ].filter(Boolean);
  const what = t.collections[datum.collection] ?? datum.collection;
  return `${what}${who.length ? ` (${who.join(", ")})` : ""}${field.length ? ` · ${field.join(".")}` : ""}`;
}

/** One correction as the notes window tells it. */
export interface CorrectionNote {
  number: number;
  heading: string;
  reason: string;
  changes: { what: string; before: ValueText; after: ValueText }[];
}

/** The notes for some corrections: date, reason, and before → after of each changed value. */
export function correctionNotes(corrections: readonly CorrectionSummary[], d: Dataset, locale: Locale): CorrectionNote[] {
  const t = getDictionary(locale).present.corrected;
  return corrections.map((c) => ({
    number: c.number,
    heading: t.entry(formatDate(c.date, locale)),
    reason: pick(c.reason, locale),
    changes: c.changes.map((change) => ({
      what: describeChangedDatum(change, d, locale),
      before: formatChangedValue(change.before, change, d, locale),
      after: formatChangedValue(change.after, change, d, locale),
    })),
  }));
}

/** The data status in lines: version (number and id), last check, and a refused correction if any. */
export function statusLines(status: Pick<PresenterStatus, "version" | "number" | "checkedAt" | "refused">, locale: Locale): { version: string; checked: string; refused?: string } {
  const t = getDictionary(locale).present.status;
  return {
    version: t.version(status.number, status.version),
    checked: t.checked(formatClockTime(status.checkedAt, locale, true)),
    ...(status.refused ? { refused: t.refused(formatClockTime(status.refused.at, locale), status.refused.problems.join(getDictionary(locale).punctuation.semicolon)) } : {}),
  };
}
