// The figure-bars kind: one row per candidate, one bar per value the source states for the
// instance's measure (a single value, each option, the general value and each zone's), never an
// average. A candidate without a figure gets words instead of a bar: their stance on the instance's
// contested theme when it names one, else "no figure in the article"; never a bar at 0 or ×1.
import { BarChart } from "@/components/charts/BarChart";
import type { Dataset, FigureRecord, ThemeRecord } from "../dataset/schema";
import { type BarDatum, type BarInput, type BarLayout, type BarRow, layoutBars } from "../geometry/bars";
import { getDictionary, type Locale, pick } from "../i18n";
import { formatFigureValue, formatNumber, formatOwner, unitWords } from "../i18n/format";
import { visibleCandidates } from "../view";
import { attributionColumns, datumLink, descriptionOf, figureOf, formatValueOf, perQuoteRows, referenceLink, stanceText, takeawayOf } from "./common";
import type { ChartContext, ChartSpecOf, KindDefinition, TableCell } from "./types";

type Spec = ChartSpecOf<"figure-bars">;

/** The contested theme whose stance stands in for a missing figure, if the instance names one. */
function stanceThemeOf(d: Dataset, spec: Spec): ThemeRecord | undefined {
  return spec.stanceTheme === undefined ? undefined : d.themes.find((t) => t.id === spec.stanceTheme);
}

/** The figures candidates give on the instance's measure. */
function measureFigures(d: Dataset, spec: Spec): FigureRecord[] {
  return d.figures.filter((f) => f.measure === spec.measure && f.subject.kind === "candidate");
}

/** Axis ticks in the measure's unit when all its figures share one ("×2"), plain numbers when units differ (days and nights). */
function tickFormat(d: Dataset, figures: readonly FigureRecord[], locale: Locale): (value: number) => string {
  const units = new Set(figures.map((f) => f.unit));
  const [unit] = units;
  if (units.size !== 1 || unit === undefined) return (v) => formatNumber(v, locale);
  const withUnit = unitWords(d, unit, locale);
  return (v) => withUnit(formatNumber(v, locale, unit), v);
}

/** One bar per value the source states: the single value, each option, the general value and each zone's. */
function barsOf(d: Dataset, figure: FigureRecord, bar: (value: number, valueLabel: string, variant: BarDatum["variant"]) => BarDatum, locale: Locale): Pick<BarRow, "bars" | "detail"> {
  const t = getDictionary(locale);
  const v = figure.value;
  if (v.kind === "single") return { bars: [bar(v.value, formatFigureValue(d, figure, locale), "value")] };
  if (v.kind === "options") {
    return {
      detail: t.figures.chosenBy(pick(v.chosenBy, locale)),
      bars: v.values.map((value) => bar(value, `${formatValueOf(d, figure, value, locale)} (${t.charts.figureBars.option})`, "option")),
    };
  }
  return {
    bars: [
      bar(v.general, `${formatValueOf(d, figure, v.general, locale)} (${t.figures.general})`, "value"),
      ...v.zones.map((z) => bar(z.value, `${formatValueOf(d, figure, z.value, locale)} (${pick(z.zone, locale)})`, "zone")),
    ],
  };
}

/** What a candidate without a figure shows: "no figure", and their stance on the instance's theme when it names one. */
function missingLines(d: Dataset, spec: Spec, candidate: string, locale: Locale): string[] {
  const t = getDictionary(locale).charts.figureBars;
  const theme = stanceThemeOf(d, spec);
  if (!theme) return [t.noFigure];
  return [t.noFigure, t.stance(pick(theme.shortLabel, locale), stanceText(d, candidate, theme.id, locale).toLowerCase())];
}

function select(ctx: ChartContext, spec: Spec): BarInput {
  const { dataset: d, view, locale } = ctx;
  const t = getDictionary(locale);
  const theme = stanceThemeOf(d, spec);
  return {
    rows: visibleCandidates(d.candidates, view).map((c): BarRow => {
      const base = { candidate: c.id, name: c.name, highlighted: view.highlight === c.id };
      const figure = figureOf(d, c.id, spec.measure);
      if (!figure) {
        const lines = missingLines(d, spec, c.id, locale);
        const href = datumLink(ctx, theme ? { kind: "cell", candidate: c.id, theme: theme.id } : { kind: "candidate", id: c.id });
        return { ...base, bars: [], missing: { lines, label: `${c.name}${t.punctuation.colon}${lines.join(", ")}`, href } };
      }
      const owner = formatOwner(d, figure.attribution, c.id, locale);
      const bar = (value: number, valueLabel: string, variant: BarDatum["variant"]): BarDatum => ({
        value,
        valueLabel,
        variant,
        label: `${c.name}${t.punctuation.colon}${valueLabel} (${owner})`,
        href: datumLink(ctx, { kind: "figure", id: figure.id }),
      });
      return { ...base, ...barsOf(d, figure, bar, locale) };
    }),
    reference: spec.reference && { value: spec.reference.value, label: pick(spec.reference.label, locale) },
    tick: tickFormat(d, measureFigures(d, spec), locale),
  };
}

/** A figure's doubts in one line, in the page's language. */
function doubtsOf(figure: FigureRecord, locale: Locale): string {
  return (figure.doubts ?? []).map((x) => pick(x, locale)).join(" ");
}

/** The columns a table and the CSV add after the value: doubts when some figure of the measure has any, the stance when the instance names a theme. */
function extraColumns(d: Dataset, spec: Spec, locale: Locale) {
  const theme = stanceThemeOf(d, spec);
  return {
    doubts: measureFigures(d, spec).some((f) => (f.doubts ?? []).length > 0) ? getDictionary(locale).charts.figureBars.doubts : undefined,
    stance: theme ? pick(theme.shortLabel, locale) : undefined,
  };
}

/** The figure-bars kind: every fact about it. */
export const figureBars: KindDefinition<"figure-bars", BarInput, BarLayout> = {
  kind: "figure-bars",
  select,
  layout: layoutBars,
  Component: BarChart,
  legend: null,
  reference: (ctx) => ({ text: getDictionary(ctx.locale).charts.reference.figures, href: referenceLink(ctx, "figures") }),
  embedHeight: 600,
  exportClasses: ["bar"],
  slide: { reveal: "whole", split: null },
  touches(spec, datum, field) {
    // Its measure's figures and label; the cells and short label of the theme whose stance it shows.
    if (datum.collection === "figures" || datum.collection === "measures") return datum.measure === spec.measure;
    if (spec.stanceTheme === undefined || datum.theme !== spec.stanceTheme) return false;
    return datum.collection === "cells" || (datum.collection === "themes" && (field[0] === undefined || field[0] === "shortLabel"));
  },
  texts({ dataset: d, locale }, spec, input) {
    const t = getDictionary(locale);
    const stated = input.rows.flatMap((r) => {
      const figure = figureOf(d, r.candidate, spec.measure);
      return figure ? [{ row: r, value: formatFigureValue(d, figure, locale), owner: formatOwner(d, figure.attribution, r.candidate, locale) }] : [];
    });
    const items = stated.map((s) => `${s.value} (${s.row.name})`);
    // Values that hold commas themselves ("30, 60 ou 120 jours") are set apart by semicolons.
    const values = items.join(items.some((i) => i.includes(",")) ? t.punctuation.semicolon : ", ");
    const missing = input.rows.flatMap((r) => (r.missing ? [r.missing.label] : []));
    const details = [
      ...(stated.length ? [`${stated.map((s) => `${s.row.name}${t.punctuation.colon}${s.value} (${s.owner})`).join(". ")}.`] : []),
      ...(missing.length ? [t.charts.figureBars.withoutFigure(missing.join(t.punctuation.semicolon))] : []),
    ];
    return {
      title: pick(spec.title, locale),
      takeaway: takeawayOf(spec, locale, { values, count: stated.length, missing: missing.length }, () => t.charts.figureBars.takeaway(stated.length, values, missing.length)),
      description: descriptionOf(spec, locale, details.join(" ")),
      notes: spec.notes.map((n) => pick(n, locale)),
    };
  },
  tables(ctx, spec) {
    const { dataset: d, view, locale } = ctx;
    const t = getDictionary(locale);
    const extra = extraColumns(d, spec, locale);
    const theme = stanceThemeOf(d, spec);
    return [
      {
        caption: pick(spec.title, locale),
        columns: [t.charts.candidate, pick(spec.valueColumn, locale), ...(extra.doubts ? [extra.doubts] : []), t.voice.columns.owner, ...(extra.stance ? [extra.stance] : [])],
        rows: visibleCandidates(d.candidates, view).map((c) => {
          const figure = figureOf(d, c.id, spec.measure);
          const doubts: TableCell[] = extra.doubts ? [{ text: figure ? doubtsOf(figure, locale) : "" }] : [];
          const stance: TableCell[] = theme ? [{ text: stanceText(d, c.id, theme.id, locale), href: datumLink(ctx, { kind: "cell", candidate: c.id, theme: theme.id }) }] : [];
          if (!figure) return { header: { text: c.name }, cells: [{ text: t.charts.figureBars.noFigure }, ...doubts, { text: "" }, ...stance] };
          return {
            header: { text: c.name },
            cells: [
              { text: formatFigureValue(d, figure, locale), href: datumLink(ctx, { kind: "figure", id: figure.id }) },
              ...doubts,
              { text: formatOwner(d, figure.attribution, c.id, locale) },
              ...stance,
            ],
          };
        }),
      },
    ];
  },
  csv({ dataset: d, view, locale }, spec) {
    // One row per quote behind each figure, with whose figure it is and who speaks in the quote.
    const t = getDictionary(locale);
    const extra = extraColumns(d, spec, locale);
    const theme = stanceThemeOf(d, spec);
    return {
      caption: pick(spec.title, locale),
      columns: [t.charts.candidate, pick(spec.valueColumn, locale), ...(extra.doubts ? [extra.doubts] : []), ...(extra.stance ? [extra.stance] : []), ...attributionColumns(locale)],
      rows: visibleCandidates(d.candidates, view).flatMap((c) => {
        const figure = figureOf(d, c.id, spec.measure);
        const cells: TableCell[] = [
          { text: figure ? formatFigureValue(d, figure, locale) : t.charts.figureBars.noFigure },
          ...(extra.doubts ? [{ text: figure ? doubtsOf(figure, locale) : "" }] : []),
          ...(theme ? [{ text: stanceText(d, c.id, theme.id, locale) }] : []),
        ];
        const owner = figure ? formatOwner(d, figure.attribution, c.id, locale) : "";
        return perQuoteRows(d, locale, { header: { text: c.name }, cells, owner, quotes: figure?.quotes ?? [] });
      }),
    };
  },
};
