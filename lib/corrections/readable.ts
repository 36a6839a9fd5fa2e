// A correction's changed values as readers read them: which datum ("Proposition de Danielle
// Simonnet · Reconnaissance faciale"), which field ("Niveau codé", "Résumé (en anglais)", "Citation
// ajoutée") and the value before and after in words: levels, stances and kinds by their labels,
// attributions as whose position they make it, figures with their units, quotes as the verbatim
// passages under the article's label. Only uncommon fields fall back to their JSON. Pure: it
// reads the versions before and after.
import type { ChangedDatum, ChangedValue, CorrectionSummary } from "../dataset/changes";
import type { Attribution, Dataset, FigureRecord, LocalizedTextValue, ProposalRecord, QuoteRecord, TermUsageRecord } from "../dataset/schema";
import { candidateName } from "../dataset/select";
import { getDictionary, LOCALES, type Locale, pick } from "../i18n";
import { formatDate } from "../i18n/dates";
import { formatFigureValue, formatOwner, formatTermClaim, spokenPassage } from "../i18n/format";

/** A value in words. Quotes stay verbatim French; `text` in a language other than the page's says so. */
export type Readable =
  | { kind: "absent" }
  | { kind: "text"; text: string; lang?: Locale }
  | { kind: "quote"; quote: QuoteRecord }
  | { kind: "list"; items: Readable[] }
  /** The value as JSON, only for fields with no reading of their own. */
  | { kind: "data"; json: string };

/** One changed value, described. */
export interface ReadableChange {
  datum: string;
  field: string;
  before: Readable;
  after: Readable;
}

type Item = Record<string, unknown>;
type Key = string | number;

const ABSENT: Readable = { kind: "absent" };
const BOOLEAN_FIELDS = new Set(["flagship", "contested", "asAnnounced", "approximate"]);
/** Fields whose change is read as a whole: a change inside an attribution shows the attribution, before and after. */
const WHOLE_FIELDS = new Set(["attribution", "claim", "subject", "qualifier", "doubts", "spellings", "party"]);
/** Fields a figure's value is read with: a changed unit shows the value in its old and new units. */
const FIGURE_VALUE_FIELDS = new Set(["value", "unit", "per", "approximate"]);

const isLocaleKey = (key: Key | undefined): key is Locale => typeof key === "string" && (LOCALES as readonly string[]).includes(key);
const isLocalized = (v: unknown): v is LocalizedTextValue => !!v && typeof v === "object" && LOCALES.every((l) => typeof (v as Item)[l] === "string");
const isQuote = (v: unknown): v is QuoteRecord => !!v && typeof v === "object" && typeof (v as Item).text === "string";

function getIn(value: unknown, keys: readonly Key[]): unknown {
  return keys.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<Key, unknown>)[k] : undefined), value);
}

/** The datum in one version (`datumAfter` for the version after a move): by id, a cell by its candidate and theme, a top-level field as it is. */
function itemOf(d: Dataset, datum: ChangedDatum): unknown {
  const top = (d as unknown as Item)[datum.collection];
  if (!Array.isArray(top)) return top;
  if (datum.collection === "cells") return top.find((c: Item) => `${c.candidate}.${c.theme}` === datum.id);
  return top.find((x: Item) => x.id === datum.id) ?? (/^\d+$/.test(datum.id) ? top[Number(datum.id)] : undefined);
}

/** The part of a datum a changed field is read as: a whole quote list, an attribution, a figure's value. */
function unitOf(collection: string, field: readonly Key[]): Key[] {
  const quotes = field.indexOf("quotes");
  if (quotes >= 0) return field.slice(0, quotes + 1);
  if (collection === "figures" && FIGURE_VALUE_FIELDS.has(String(field[0]))) return ["value"];
  if (field[0] === "rounds" && field.length > 1) return field.slice(0, 2);
  if (WHOLE_FIELDS.has(String(field[0]))) return field.slice(0, 1);
  return [...field];
}

/** Labels of datums and fields in one language. */
function labels(locale: Locale, before: Dataset, after: Dataset) {
  const t = getDictionary(locale);
  const both = [after, before];
  const find = <T>(get: (d: Dataset) => T | undefined) => both.map(get).find((x) => x !== undefined);
  const name = (id: string | undefined) => (id ? (find((d) => d.candidates.find((c) => c.id === id)?.name) ?? id) : "");
  const theme = (id: string | undefined) => (id ? (find((d) => d.themes.find((x) => x.id === id))?.label[locale] ?? id) : "");
  const measure = (id: string | undefined) => (id ? (find((d) => d.measures.find((x) => x.id === id))?.label[locale] ?? id) : "");
  const datum = (x: ChangedDatum, item: Item | undefined): string => {
    const c = t.corrections.datum;
    switch (x.collection) {
      case "proposals":
        return c.proposal(name(x.candidate), theme(x.theme));
      case "cells":
        return c.cell(name(x.candidate), theme(x.theme));
      case "figures": {
        const subject = (item?.subject as FigureRecord["subject"] | undefined)?.kind;
        return c.figure(subject === "city" ? c.city : subject === "candidates" ? c.someCandidates : name(x.candidate), measure(x.measure));
      }
      case "termUsage":
        return c.term(String(item?.term ?? x.id));
      case "themes":
        return c.theme(theme(x.id));
      case "candidates":
        return c.candidate(name(x.id));
      case "spokespeople":
        return c.spokesperson(String(item?.name ?? x.id));
      case "measures":
        return c.measure(measure(x.id));
      case "election":
        return c.election;
      case "source":
        return c.source;
      default:
        return x.id;
    }
  };
  const field = (unit: readonly Key[]): string => {
    if (unit.length === 0) return t.corrections.whole;
    const last = unit[unit.length - 1];
    const named = [...unit].reverse().find((k): k is string => typeof k === "string" && !isLocaleKey(k));
    if (unit[0] === "rounds" && typeof unit[1] === "number") return t.corrections.round(unit[1] + 1);
    // Every field readers can meet has a label; an unforeseen one is named by its last key, never by a raw path.
    const label = (named && t.corrections.fields[named]) ?? String(named ?? last);
    return isLocaleKey(last) ? `${label} (${t.corrections.inLanguage[last]})` : label;
  };
  return { t, name, theme, measure, datum, field };
}

/** Reads one value of a datum's unit in the version it comes from. */
function reader(locale: Locale, l: ReturnType<typeof labels>) {
  const { t } = l;
  const text = (s: string, lang?: Locale): Readable => ({ kind: "text", text: s, ...(lang ? { lang } : {}) });
  const localized = (v: LocalizedTextValue): Readable => text(pick(v, locale), locale);
  const quoteItems = (list: unknown): Readable[] => (Array.isArray(list) ? list.filter(isQuote).map((quote) => ({ kind: "quote", quote })) : []);
  const quotes = (list: unknown): Readable => ({ kind: "list", items: quoteItems(list) });
  const note = (v: Item): Readable => ({ kind: "list", items: [isLocalized(v.summary) ? localized(v.summary) : ABSENT, ...quoteItems(v.quotes)].filter((r) => r.kind !== "absent") as Readable[] });

  const read = (d: Dataset, collection: string, item: Item | undefined, unit: readonly Key[]): Readable => {
    if (item === undefined) return ABSENT;
    const value = getIn(item, unit);
    const key = unit.length ? String([...unit].reverse().find((k) => typeof k === "string" && !isLocaleKey(k)) ?? "") : "";
    if (unit.length === 0) return whole(d, collection, item);
    if (BOOLEAN_FIELDS.has(key) && value === undefined) return text(t.corrections.no);
    if (value === undefined) return ABSENT;
    if (collection === "figures" && key === "value") return text(formatFigureValue(d, item as unknown as FigureRecord, locale));
    if (unit[0] === "rounds" && unit.length === 2) {
      const round = value as { date: string; asAnnounced?: boolean };
      return text(`${formatDate(round.date, locale)}${round.asAnnounced ? ` (${t.corrections.announced})` : ""}`);
    }
    if (BOOLEAN_FIELDS.has(key) && typeof value === "boolean") return text(value ? t.corrections.yes : t.corrections.no);
    switch (key) {
      case "level":
        return text(`${value} – ${t.levels[value as 0 | 1 | 2 | 3] ?? ""}`);
      case "stance":
        return text(t.stances[value as keyof typeof t.stances] as string);
      case "kind":
        if (collection === "proposals") return text(value === "measure" ? t.proposal.measure : t.proposal.stance);
        break;
      case "attribution": {
        const subject = item.subject as { candidate?: string } | undefined;
        return text(formatOwner(d, value as Attribution, (item.candidate as string | undefined) ?? subject?.candidate, locale));
      }
      case "theme":
        return text(l.theme(value as string));
      case "candidate":
        return text(candidateName(d, value as string));
      case "measure":
        return text(l.measure(value as string));
      case "restates":
      case "proposal": {
        const target = d.proposals.find((p) => p.id === value);
        return target ? text(pick(target.summary, locale), locale) : text(String(value));
      }
      case "claim":
        return text(formatTermClaim(d, item as unknown as TermUsageRecord, locale));
      case "subject": {
        const s = value as FigureRecord["subject"];
        return text(s.kind === "candidate" ? candidateName(d, s.candidate) : s.kind === "city" ? t.corrections.datum.city : t.corrections.datum.someCandidates);
      }
      case "quotes":
        return quotes(value);
      case "qualifier":
        return isQuote(value) ? { kind: "quote", quote: value } : ABSENT;
      case "sectionQuote":
        return typeof value === "string" ? { kind: "quote", quote: { text: value } } : ABSENT;
      case "aboutAll":
        return note(value as Item);
      case "sourcing":
        return Array.isArray(value) ? { kind: "list", items: value.map((n: Item) => note(n)) } : note(value as Item);
      case "doubts":
        return { kind: "list", items: (value as LocalizedTextValue[]).map(localized) };
      case "spellings":
        return { kind: "list", items: (value as string[]).map((s) => text(s, "fr")) };
      case "party": {
        const party = value as { code: string; name?: string } | null;
        return party ? text(party.name ? `${party.name} (${party.code})` : party.code) : text(t.corrections.no);
      }
      case "term":
        return text(String(value), "fr");
    }
    if (typeof value === "string") return text(value, isLocaleKey(unit[unit.length - 1]) ? (unit[unit.length - 1] as Locale) : undefined);
    if (typeof value === "number") return text(String(value));
    if (isLocalized(value)) return localized(value);
    return { kind: "data", json: JSON.stringify(value) };
  };

  /** A datum added or removed as a whole: what a reader would recognise it by. */
  const whole = (d: Dataset, collection: string, item: Item): Readable => {
    const own = (k: string) => read(d, collection, item, [k]);
    switch (collection) {
      case "proposals": {
        const p = item as unknown as ProposalRecord;
        const kind = p.kind === "measure" ? t.proposal.measure : t.proposal.stance;
        return { kind: "list", items: [text(`${kind}${t.punctuation.colon}${pick(p.summary, locale)}`, locale), ...quoteItems(p.quotes), own("attribution")] };
      }
      case "cells":
        return item.stance ? { kind: "list", items: [own("level"), own("stance")] } : own("level");
      case "figures":
        return { kind: "list", items: [own("value"), ...quoteItems(item.quotes)] };
      case "termUsage":
        return { kind: "list", items: [own("claim"), ...quoteItems(item.quotes)] };
      case "themes":
      case "measures":
        return own("label");
      case "candidates":
      case "spokespeople":
        return text(String(item.name));
    }
    return typeof item === "string" ? text(item) : { kind: "data", json: JSON.stringify(item) };
  };
  return read;
}

/**
 * Quote lists compared by passage, not by position: a quote inserted before others is one added
 * quote, not every later one changed. Same passage, other direct speech: a changed quote; one
 * passage out and one in: a changed quote too (a corrected transcription).
 */
function quoteListChanges(before: unknown, after: unknown, t: ReturnType<typeof getDictionary>): { field: string; before: Readable; after: Readable }[] {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter(isQuote) : []);
  const [old, fresh] = [list(before), list(after)];
  const quote = (q: QuoteRecord): Readable => ({ kind: "quote", quote: q });
  const same = (a: QuoteRecord, b: QuoteRecord) => JSON.stringify(a) === JSON.stringify(b);
  const out: { field: string; before: Readable; after: Readable }[] = [];
  for (const q of fresh) {
    const was = old.find((o) => o.text === q.text);
    if (was && !same(was, q)) out.push({ field: t.corrections.quoteChanged, before: quote(was), after: quote(q) });
  }
  const removed = old.filter((o) => !fresh.some((q) => q.text === o.text));
  const added = fresh.filter((q) => !old.some((o) => o.text === q.text));
  if (removed.length === 1 && added.length === 1) return [...out, { field: t.corrections.quoteChanged, before: quote(removed[0]!), after: quote(added[0]!) }];
  return [
    ...out,
    ...removed.map((q) => ({ field: t.corrections.quoteRemoved, before: quote(q), after: ABSENT })),
    ...added.map((q) => ({ field: t.corrections.quoteAdded, before: ABSENT, after: quote(q) })),
  ];
}

/** True for the id of a datum that also moved (candidate, theme or measure): the move says it; the id is not for readers. */
function renamedInMove(change: Pick<ChangedValue, "datum" | "field" | "datumAfter">): boolean {
  const [a, b] = [change.datum, change.datumAfter];
  return change.field.length === 1 && change.field[0] === "id" && !!b && (a.candidate !== b.candidate || a.theme !== b.theme || a.measure !== b.measure);
}

/** Every changed value of one correction, in words, in the order the patch changed them (one entry per field read as a whole). */
export function readableChanges(summary: Pick<CorrectionSummary, "changes">, before: Dataset, after: Dataset, locale: Locale): ReadableChange[] {
  const l = labels(locale, before, after);
  const read = reader(locale, l);
  const seen = new Set<string>();
  const out: ReadableChange[] = [];
  for (const change of summary.changes) {
    const unit = unitOf(change.datum.collection, change.field);
    const key = JSON.stringify([change.datum.collection, change.datum.id, unit]);
    if (seen.has(key) || renamedInMove(change)) continue;
    seen.add(key);
    // A datum moved and renamed (a proposal to another theme, with the id that says so) is found under its new id after.
    const [itemBefore, itemAfter] = [itemOf(before, change.datum), itemOf(after, change.datumAfter ?? change.datum)] as (Item | undefined)[];
    const datum = l.datum(change.datum, itemBefore ?? itemAfter);
    if (unit[unit.length - 1] === "quotes") {
      const changes = quoteListChanges(getIn(itemBefore, unit), getIn(itemAfter, unit), l.t);
      const prefix = unit.length > 1 ? `${l.field(unit.slice(0, -1))} · ` : "";
      out.push(...changes.map((c) => ({ datum, ...c, field: prefix + c.field })));
      continue;
    }
    out.push({ datum, field: l.field(unit), before: read(before, change.datum.collection, itemBefore, unit), after: read(after, change.datum.collection, itemAfter, unit) });
  }
  return out;
}

/** A run of plain text; `lang` when it is not the page's language (the article's French, a summary in the other language). */
export interface TextRun {
  text: string;
  lang?: Locale;
}

/**
 * A readable value as runs of plain text (the notes window, the feed), in the page's language. A
 * quote reads as the article's passage under its label ("L’article :"), then each direct-speech
 * span with its speaker: never the journalist's sentence under a candidate's name. `d` is the
 * version the value comes from (the speakers' names).
 */
export function readableRuns(value: Readable, d: Dataset, locale: Locale): TextRun[] {
  const t = getDictionary(locale);
  switch (value.kind) {
    case "absent":
      return [{ text: t.corrections.absent }];
    case "text":
      return [{ text: value.text, ...(value.lang && value.lang !== locale ? { lang: value.lang } : {}) }];
    case "quote": {
      const passage = spokenPassage(d, value.quote, locale);
      const french = (text: string): TextRun => (locale === "fr" ? { text } : { text, lang: "fr" });
      const speech = passage.speech.flatMap((s, i) => [...(i ? [{ text: t.punctuation.semicolon }] : []), french(t.voice.quoted(s.words)), { text: ` — ${s.speaker}` }]);
      return merge([{ text: `${passage.label} ` }, french(passage.text), ...(speech.length ? [{ text: " (" }, ...speech, { text: ")" }] : [])]);
    }
    case "list":
      return merge(value.items.flatMap((item, i) => [...(i ? [{ text: t.punctuation.semicolon }] : []), ...readableRuns(item, d, locale)]));
    case "data":
      return [{ text: value.json }];
  }
}

/** Adjacent runs in the same language, as one. */
function merge(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && last.lang === run.lang) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push(run);
  }
  return out;
}

/** A readable value as one plain string (see readableRuns). */
export function readableText(value: Readable, d: Dataset, locale: Locale): string {
  return readableRuns(value, d, locale)
    .map((r) => r.text)
    .join("");
}
