// Small selectors shared by several chart kinds.
import { fillTemplate } from "../dataset/presentation";
import type { CandidateRecord, ChartSpecRecord, Dataset, FigureRecord, QuoteRecord } from "../dataset/schema";
import { cellOf } from "../dataset/select";
import { getDictionary, type Locale, pick } from "../i18n";
import { formatFigureValue, formatSpeaker } from "../i18n/format";
import { type Datum, datumHref, figuresHref, termsHref } from "../routes";
import type { ChartContext, TableCell } from "./types";

/** The origin a chart's links to other pages start with: none on the site's pages, the embed's origin in embeds and downloads. */
function linkOrigin(linkBase: string | undefined): string {
  return linkBase ? new URL(linkBase).origin : "";
}

/** A chart's link to a datum's quotes: a path on the site's pages, an absolute URL in embeds and downloads. */
export function datumLink({ dataset, locale, linkBase }: Pick<ChartContext, "dataset" | "locale" | "linkBase">, datum: Datum): string {
  return datumHref(locale, dataset.election.id, datum, linkOrigin(linkBase));
}

/** A chart's link to the election's figures or terms page, in the chart's language. */
export function referenceLink({ dataset, locale, linkBase }: Pick<ChartContext, "dataset" | "locale" | "linkBase">, page: "figures" | "terms"): string {
  const href = page === "figures" ? figuresHref : termsHref;
  return `${linkOrigin(linkBase)}${href(locale, dataset.election.id)}`;
}

/**
 * An instance's takeaway: its dataset's template with the kind's placeholders filled, or the kind's
 * own sentence (true of any election) when the dataset writes none.
 */
export function takeawayOf(spec: Pick<ChartSpecRecord, "takeaway">, locale: Locale, values: Record<string, string | number>, generic: () => string): string {
  return spec.takeaway ? fillTemplate(pick(spec.takeaway, locale), values) : generic();
}

/** An instance's accessible description: what its dataset says it draws, then what the data shows. */
export function descriptionOf(spec: Pick<ChartSpecRecord, "description">, locale: Locale, details: string): string {
  return details ? `${pick(spec.description, locale)} ${details}` : pick(spec.description, locale);
}

/** A column label: the surname ("Hidalgo"), short enough for a phone-width column. */
export function surname(candidate: Pick<CandidateRecord, "name">): string {
  return candidate.name.split(" ").slice(1).join(" ") || candidate.name;
}

/** The figure of one candidate on one measure, if the source gives one. */
export function figureOf(d: Dataset, candidate: string, measure: string): FigureRecord | undefined {
  return d.figures.find((f) => f.measure === measure && f.subject.kind === "candidate" && f.subject.candidate === candidate);
}

/** One value of a figure, with the figure's unit and period ("30 jours", "45 nuitées par an"). */
export function formatValueOf(d: Dataset, figure: FigureRecord, value: number, locale: Locale): string {
  return formatFigureValue(d, { value: { kind: "single", value }, unit: figure.unit, per: figure.per, approximate: figure.approximate }, locale);
}

/** Between two passages (or two speech spans) joined in one cell: an elision, as the source would mark it. */
const ELISION = " […] ";

/** The direct speech of some quotes, each span in guillemets, and who speaks each (same order). */
function speechOf(d: Dataset, quotes: readonly QuoteRecord[], locale: Locale): { speech: string; speakers: string } {
  const t = getDictionary(locale);
  const spans = quotes.flatMap((q) => q.speech ?? []);
  return {
    speech: spans.map((s) => t.voice.quoted(s.words)).join(t.punctuation.semicolon),
    speakers: spans.map((s) => formatSpeaker(d, s.speaker, locale)).join(t.punctuation.semicolon),
  };
}

/** Column names of a CSV's quote cells: the article's passage, the direct speech in it, its speakers. */
function quoteColumns(locale: Locale): string[] {
  const c = getDictionary(locale).voice.columns;
  return [c.passage, c.speech, c.speakers];
}

/** A datum's quotes in a CSV row: the passages (French), the direct speech in them (French), and its speakers with role. */
function quotesCells(d: Dataset, quotes: readonly QuoteRecord[], locale: Locale): TableCell[] {
  const { speech, speakers } = speechOf(d, quotes, locale);
  return [{ text: quotes.map((q) => q.text).join(ELISION), lang: "fr" }, { text: speech, lang: "fr" }, { text: speakers }];
}

/** Column names of a CSV's per-quote attribution: whose position, the quote's source, passage, speech, speakers. */
export function attributionColumns(locale: Locale): string[] {
  const c = getDictionary(locale).voice.columns;
  return [c.owner, c.source, ...quoteColumns(locale)];
}

/**
 * CSV rows for one datum, one per quote: the datum's own cells, then whose position it is, the
 * article as the quote's source, the passage, its direct speech and its speakers. A datum without
 * quotes still gets one row, with the attribution cells empty.
 */
export function perQuoteRows(d: Dataset, locale: Locale, row: { header: TableCell; cells: TableCell[]; owner: string; quotes: readonly QuoteRecord[] }): { header: TableCell; cells: TableCell[] }[] {
  const source = getDictionary(locale).voice.source;
  if (row.quotes.length === 0) return [{ header: row.header, cells: [...row.cells, { text: row.owner }, { text: "" }, { text: "" }, { text: "" }, { text: "" }] }];
  return row.quotes.map((quote) => ({ header: row.header, cells: [...row.cells, { text: row.owner }, { text: source }, ...quotesCells(d, [quote], locale)] }));
}

/** A candidate's stance on a contested theme, in words, or "not mentioned". */
export function stanceText(d: Dataset, candidate: string, theme: string, locale: Locale): string {
  const stances = getDictionary(locale).stances;
  return stances[cellOf(d, candidate, theme)?.stance ?? "not-mentioned"];
}

/** The contested themes' short names, listed in running text ("«\u00a0Drones\u00a0»"); "" when no theme is contested. */
export function contestedThemes(d: Pick<Dataset, "themes">, locale: Locale): string {
  const t = getDictionary(locale);
  return t.list(d.themes.filter((theme) => theme.contested).map((theme) => t.voice.themeName(pick(theme.shortLabel, locale))));
}
