// Registry entry: caps on short-term rentals, each as the source states it.
import { BarChart } from "@/components/charts/BarChart";
import type { FigureRecord } from "../dataset/schema";
import { layoutBars, type BarDatum, type BarInput } from "../geometry/bars";
import { getDictionary, pick, type Locale } from "../i18n";
import { formatFigureValue } from "../i18n/format";
import { visibleCandidates } from "../view";
import { figureOf, formatValueOf, quotesCell } from "./common";
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
    return [
      {
        caption: t.charts["rental-caps"].title,
        columns: [t.charts.candidate, t.charts["rental-caps"].columns.cap, t.charts["rental-caps"].columns.doubts, t.charts.quote],
        rows: visibleCandidates(d.candidates, view).map((c) => {
          const figure = figureOf(d, c.id, MEASURE);
          if (!figure) return { header: { text: c.name }, cells: [{ text: t.charts["rental-caps"].noFigure }, { text: "" }, { text: "" }] };
          return {
            header: { text: c.name },
            cells: [
              { text: formatFigureValue(figure, locale), href: `${linkBase}#figure-${figure.id}` },
              { text: (figure.doubts ?? []).map((x) => pick(x, locale)).join(" ") },
              quotesCell(figure.quotes),
            ],
          };
        }),
      },
    ];
  },
};
