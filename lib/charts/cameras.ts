// Registry entry: the promised multiplication of CCTV cameras.
import { BarChart } from "@/components/charts/BarChart";
import { layoutBars, type BarInput } from "../geometry/bars";
import { getDictionary } from "../i18n";
import { visibleCandidates } from "../view";
import { formatFigureValue, formatOwner } from "../i18n/format";
import { attributionColumns, figureOf, perQuoteRows, quoteColumns, quotesCells, stanceText } from "./common";
import type { ChartContext, ChartDefinition } from "./types";

/** The measure this chart draws (the presenter maps corrections of it to this chart). */
export const MEASURE = "cctv-cameras";
/** The theme whose stance stands in for a missing camera figure. */
export const STANCE_THEME = "surveillance";

function select({ dataset: d, view, locale, linkBase = "" }: ChartContext): BarInput {
  const t = getDictionary(locale).charts.cameras;
  return {
    rows: visibleCandidates(d.candidates, view).map((c) => {
      const figure = figureOf(d, c.id, MEASURE);
      const base = { candidate: c.id, name: c.name, highlighted: view.highlight === c.id };
      if (!figure || figure.value.kind !== "single") {
        const lines = t.noFigure(stanceText(d, c.id, STANCE_THEME, locale).toLowerCase());
        return { ...base, bars: [], missing: { lines, label: `${c.name}${getDictionary(locale).punctuation.colon}${lines.join(", ")}`, href: `${linkBase}#cell-${c.id}-${STANCE_THEME}` } };
      }
      const value = formatFigureValue(figure, locale);
      const owner = formatOwner(d, figure.attribution, c.id, locale);
      return { ...base, bars: [{ value: figure.value.value, valueLabel: value, variant: "value" as const, label: t.barLabel(c.name, value, owner), href: `${linkBase}#figure-${figure.id}` }] };
    }),
    reference: { value: 1, label: t.reference },
    tick: (v) => `×${v}`,
  };
}

export const cameras: ChartDefinition<BarInput, ReturnType<typeof layoutBars>> = {
  slug: "cameras",
  select,
  layout: layoutBars,
  Component: BarChart,
  texts({ locale }, input) {
    const t = getDictionary(locale).charts.cameras;
    const withFigure = input.rows.filter((r) => r.bars.length > 0);
    const items = withFigure.map((r) => `${r.bars[0]!.valueLabel} (${r.name})`);
    const others = input.rows.filter((r) => r.missing).map((r) => r.missing!.label);
    return {
      title: t.title,
      takeaway: t.takeaway(items, input.rows.length - withFigure.length),
      description: t.description(withFigure.map((r) => r.bars[0]!.label), others),
      notes: t.notes,
    };
  },
  tables({ dataset: d, view, locale, linkBase = "" }) {
    const t = getDictionary(locale);
    return [
      {
        caption: t.charts.cameras.title,
        columns: [t.charts.candidate, t.charts.cameras.columns.multiplier, t.voice.columns.owner, t.charts.cameras.columns.stance, ...quoteColumns(locale)],
        rows: visibleCandidates(d.candidates, view).map((c) => {
          const figure = figureOf(d, c.id, MEASURE);
          const stance = { text: stanceText(d, c.id, STANCE_THEME, locale), href: `${linkBase}#cell-${c.id}-${STANCE_THEME}` };
          if (!figure) return { header: { text: c.name }, cells: [{ text: t.charts.cameras.none }, { text: "" }, stance, ...quotesCells(d, [], locale)] };
          return {
            header: { text: c.name },
            cells: [
              { text: formatFigureValue(figure, locale), href: `${linkBase}#figure-${figure.id}` },
              { text: formatOwner(d, figure.attribution, c.id, locale) },
              stance,
              ...quotesCells(d, figure.quotes, locale),
            ],
          };
        }),
      },
    ];
  },
  csv({ dataset: d, view, locale }) {
    // One row per quote behind each figure, with whose figure it is and who speaks in the quote.
    const t = getDictionary(locale);
    return {
      caption: t.charts.cameras.title,
      columns: [t.charts.candidate, t.charts.cameras.columns.multiplier, t.charts.cameras.columns.stance, ...attributionColumns(locale)],
      rows: visibleCandidates(d.candidates, view).flatMap((c) => {
        const figure = figureOf(d, c.id, MEASURE);
        const stance = { text: stanceText(d, c.id, STANCE_THEME, locale) };
        const value = { text: figure ? formatFigureValue(figure, locale) : t.charts.cameras.none };
        const owner = figure ? formatOwner(d, figure.attribution, c.id, locale) : "";
        return perQuoteRows(d, locale, { header: { text: c.name }, cells: [value, stance], owner, quotes: figure?.quotes ?? [] });
      }),
    };
  },
};
