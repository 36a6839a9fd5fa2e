// The chart registry: one entry per slug. The dashboard (and later embeds, slides, downloads and
// social images) build charts only through `buildChart`, so a new chart is one entry here.
import { cameras } from "./cameras";
import { keywords } from "./keywords";
import { rentalCaps } from "./rental-caps";
import { themeHeatmap } from "./theme-heatmap";
import type { ChartSpecRecord, Dataset } from "../dataset/schema";
import type { BuiltChart, ChartContext, ChartDefinition, ChartSlug } from "./types";

// Input and layout types are erased here; each entry is type-checked where it is defined.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const REGISTRY: Record<string, ChartDefinition<any, any>> = {
  "theme-heatmap": themeHeatmap,
  cameras,
  "rental-caps": rentalCaps,
  keywords,
};

/** The slugs of the charts a dataset's presentation declares, in order. */
export function chartSlugs(d: Pick<Dataset, "presentation">): ChartSlug[] {
  return d.presentation.charts.map((c) => c.slug);
}

/** The declaration of one of a dataset's charts; undefined for a slug it does not declare. */
export function chartSpec(d: Pick<Dataset, "presentation">, slug: ChartSlug): ChartSpecRecord | undefined {
  return d.presentation.charts.find((c) => c.slug === slug);
}

/** True for a chart the dataset declares; narrows untrusted input (a URL segment). */
export function isChartSlug(d: Pick<Dataset, "presentation">, value: unknown): value is ChartSlug {
  return typeof value === "string" && chartSlugs(d).includes(value);
}

/** Runs a chart's selector and geometry for one context, and returns what a page renders. */
export function buildChart(slug: ChartSlug, ctx: ChartContext): BuiltChart {
  const entry = REGISTRY[slug];
  if (!entry) throw new Error(`unknown chart "${slug}"`);
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

