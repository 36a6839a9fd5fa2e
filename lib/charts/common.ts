// Small selectors shared by several charts.
import type { CandidateRecord, Dataset, FigureRecord, QuoteRecord } from "../dataset/schema";
import { cellOf } from "../dataset/select";
import { formatFigureValue } from "../i18n/format";
import { getDictionary, type Locale } from "../i18n";
import type { TableCell } from "./types";

/** A column label: the surname ("Hidalgo"), short enough for a phone-width column. */
export function surname(candidate: Pick<CandidateRecord, "name">): string {
  return candidate.name.split(" ").slice(1).join(" ") || candidate.name;
}

/** The figure of one candidate on one measure, if the source gives one. */
export function figureOf(d: Dataset, candidate: string, measure: string): FigureRecord | undefined {
  return d.figures.find((f) => f.measure === measure && f.subject.kind === "candidate" && f.subject.candidate === candidate);
}

/** One value of a figure, with the figure's unit and period ("30 jours", "45 nuitées par an"). */
export function formatValueOf(figure: FigureRecord, value: number, locale: Locale): string {
  return formatFigureValue({ value: { kind: "single", value }, unit: figure.unit, per: figure.per, approximate: figure.approximate }, locale);
}

/** A table cell holding a datum's verbatim quotes, in French, elisions marked as the source would. */
export function quotesCell(quotes: readonly QuoteRecord[]): TableCell {
  return { text: quotes.map((q) => q.text).join(" […] "), lang: "fr" };
}

/** A candidate's stance on a contested theme, in words, or "not mentioned". */
export function stanceText(d: Dataset, candidate: string, theme: string, locale: Locale): string {
  const stances = getDictionary(locale).stances;
  return stances[cellOf(d, candidate, theme)?.stance ?? "not-mentioned"];
}
