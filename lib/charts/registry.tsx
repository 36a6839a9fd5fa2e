// The chart registry: one entry per slug. The dashboard (and later embeds, slides, downloads and
// social images) build charts only through `buildChart`, so a new chart is one entry here.
import { cameras } from "./cameras";
import { keywords } from "./keywords";
import { rentalCaps } from "./rental-caps";
import { themeHeatmap } from "./theme-heatmap";
import { CHART_SLUGS, type BuiltChart, type ChartContext, type ChartDefinition, type ChartSlug } from "./types";

// Input and layout types are erased here; each entry is type-checked where it is defined.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const REGISTRY: { [S in ChartSlug]: ChartDefinition<any, any> } = {
  "theme-heatmap": themeHeatmap,
  cameras,
  "rental-caps": rentalCaps,
  keywords,
};

/** True for the four chart slugs; narrows untrusted input. */
export function isChartSlug(value: unknown): value is ChartSlug {
  return typeof value === "string" && (CHART_SLUGS as readonly string[]).includes(value);
}

/** Runs a chart's selector and geometry for one context, and returns what a page renders. */
export function buildChart(slug: ChartSlug, ctx: ChartContext): BuiltChart {
  const entry = REGISTRY[slug];
  const input = entry.select(ctx);
  const layout: { height: number } = entry.layout(input);
  const { Component, Legend } = entry;
  return {
    slug,
    texts: entry.texts(ctx, input),
    tables: entry.tables(ctx, input),
    svg: (props) => <Component layout={layout} {...props} />,
    height: layout.height,
    legend: Legend ? <Legend locale={ctx.locale} /> : undefined,
    legendSvg: entry.legendSvg ? (at) => entry.legendSvg!({ locale: ctx.locale, ...at }) : undefined,
    csv: entry.csv ? entry.csv(ctx, input) : entry.tables(ctx, input)[0]!,
  };
}

export { CHART_SLUGS };
