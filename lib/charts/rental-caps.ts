// Registry entry: caps on short-term rentals, each as the source states it.
import { BarChart } from "@/components/charts/BarChart";
import type { FigureRecord } from "../dataset/schema";
import { layoutBars, type BarDatum, type BarInput } from "../geometry/bars";
import { getDictionary, pick, type Locale } from "../i18n";
import { formatFigureValue, formatOwner } from "../i18n/format";
import { visibleCandidates } from "../view";
import { attributionColumns, figureOf, formatValueOf, perQuoteRows, quoteColumns, quotesCells } from "./common";
import type { ChartContext, ChartDefinition } from "./types";

/** The measure this chart draws (the presenter maps corrections of it to this chart). */
export const MEASURE = "short-term-rental-cap";

/** One bar per value the source states: the single cap, each option, the general cap and each zone's. */
function barsOf(figure: FigureRecord, name: string, locale: Locale, linkBase: string): { bars: BarDatum[]; detail?: string } {
  const t = getDictionary(locale);
  const href = `${linkBase}#figure-${figure.id}`;
  const bar = (value: number, valueLabel: string, variant: BarDatum["variant"]): BarDatum => ({
    value,
    valueLabel,
    variant,
    label: `${name}${t.punctuation.colon}${valueLabel}`,
    href,
  });
  const v = figure.value;
  if (v.kind === "single") return { bars: [bar(v.value, formatFigureValue(figure, locale), "value")] };
  if (v.kind === "options") {
    return {
      detail: t.figures.chosenBy(pick(v.chosenBy, locale)),
      bars: v.values.map((value) => bar(value, `${formatValueOf(figure, value, locale)} (${t.charts["rental-caps"].option})`, "option")),
    };
  }
  return {
    bars: [
      bar(v.general, `${formatValueOf(figure, v.general, locale)} (${t.figures.general})`, "value"),
      ...v.zones.map((z) => bar(z.value, `${formatValueOf(figure, z.value, locale)} (${pick(z.zone, locale)})`, "zone")),
    ],
  };
}

function select({ dataset: d, view, locale, linkBase = "" }: ChartContext): BarInput {
  const t = getDictionary(locale);
  return {
    rows: visibleCandidates(d.candidates, view).map((c) => {
      const base = { candidate: c.id, name: c.name, highlighted: view.highlight === c.id };
      const figure = figureOf(d, c.id, MEASURE);
      if (!figure) {
        const text = t.charts["rental-caps"].noFigure;
        return { ...base, bars: [], missing: { lines: [text], label: `${c.name}${t.punctuation.colon}${text}`, href: `${linkBase}#candidate-${c.id}` } };
      }
      return { ...base, ...barsOf(figure, c.name, locale, linkBase) };
    }),
    tick: (v) => String(v),
  };
}

export const rentalCaps: ChartDefinition<BarInput, ReturnType<typeof layoutBars>> = {
  slug: "rental-caps",
  select,
  layout: layoutBars,
  Component: BarChart,
  texts({ dataset: d, locale }, input) {
    const t = getDictionary(locale).charts["rental-caps"];
    const stated = input.rows.flatMap((r) => {
      const figure = figureOf(d, r.candidate, MEASURE);
      return figure ? [`${formatFigureValue(figure, locale)} (${r.name})`] : [];
    });
    const others = input.rows.filter((r) => r.missing).map((r) => r.name);
    return { title: t.title, takeaway: t.takeaway(stated), description: t.description(stated, others), notes: t.notes };
  },
  tables({ dataset: d, view, locale, linkBase = "" }) {
    const t = getDictionary(locale);
    const caps = t.charts["rental-caps"];
    return [
      {
        caption: caps.title,
        columns: [t.charts.candidate, caps.columns.cap, caps.columns.doubts, t.voice.columns.owner, ...quoteColumns(locale)],
        rows: visibleCandidates(d.candidates, view).map((c) => {
          const figure = figureOf(d, c.id, MEASURE);
          if (!figure) return { header: { text: c.name }, cells: [{ text: caps.noFigure }, { text: "" }, { text: "" }, ...quotesCells(d, [], locale)] };
          return {
            header: { text: c.name },
            cells: [
              { text: formatFigureValue(figure, locale), href: `${linkBase}#figure-${figure.id}` },
              { text: doubtsOf(figure, locale) },
              { text: formatOwner(d, figure.attribution, c.id, locale) },
              ...quotesCells(d, figure.quotes, locale),
            ],
          };
        }),
      },
    ];
  },
  csv({ dataset: d, view, locale }) {
    // One row per quote behind each cap, with whose cap it is and who speaks in the quote.
    const t = getDictionary(locale);
    const caps = t.charts["rental-caps"];
    return {
      caption: caps.title,
      columns: [t.charts.candidate, caps.columns.cap, caps.columns.doubts, ...attributionColumns(locale)],
      rows: visibleCandidates(d.candidates, view).flatMap((c) => {
        const figure = figureOf(d, c.id, MEASURE);
        const cells = figure ? [{ text: formatFigureValue(figure, locale) }, { text: doubtsOf(figure, locale) }] : [{ text: caps.noFigure }, { text: "" }];
        const owner = figure ? formatOwner(d, figure.attribution, c.id, locale) : "";
        return perQuoteRows(d, locale, { header: { text: c.name }, cells, owner, quotes: figure?.quotes ?? [] });
      }),
    };
  },
};

/** A figure's doubts in one line, in the page's language. */
function doubtsOf(figure: FigureRecord, locale: Locale): string {
  return (figure.doubts ?? []).map((x) => pick(x, locale)).join(" ");
}
