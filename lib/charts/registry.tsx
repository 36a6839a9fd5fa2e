// The chart registry: the closed set of chart KINDS, one entry each, holding every fact about the
// kind (select, layout, component, texts, tables, CSV, key, embed height, export styles, slides,
// which corrections show on it). A dataset's presentation declares the INSTANCES; the dashboard,
// embeds, slides and downloads build them only through `buildChart`. Adding a kind to CHART_KINDS
// without its entry here (and its geometry types in types.ts KindGeometry) does not compile.
import type { ChangedDatum } from "../dataset/changes";
import type { ChartKind, ChartSpecRecord, Dataset } from "../dataset/schema";
import { figureBars } from "./figure-bars";
import { heatmap } from "./heatmap";
import { termUsage } from "./term-usage";
import type { BuiltChart, ChangeTouch, ChartContext, ChartSlug, ChartSpecOf, KindGeometry, KindRegistry, SlidePart, SlideReveal, SlideSplit, SplitData } from "./types";

/** Every kind's definition, keyed by kind: the compiler checks that none is missing. */
export const CHART_KIND_DEFINITIONS: KindRegistry = {
  heatmap,
  "figure-bars": figureBars,
  "term-usage": termUsage,
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

/** Runs one kind's selector and geometry for an instance (only a slide's part of it when given), and returns what a page renders. */
function buildKind<K extends ChartKind>(kind: K, spec: ChartSpecOf<K>, ctx: ChartContext, part?: SlidePart): BuiltChart {
  const entry: KindRegistry[K] = CHART_KIND_DEFINITIONS[kind];
  const split: SlideSplit<KindGeometry[K]["input"], ChartSpecOf<K>> | null = entry.slide.split;
  const whole = entry.select(ctx, spec);
  const input = part && split ? split.part(whole, part) : whole;
  const layout = entry.layout(input);
  const { Component, legend } = entry;
  const legendProps = { dataset: ctx.dataset, locale: ctx.locale };
  return {
    slug: spec.slug,
    kind,
    texts: entry.texts(ctx, spec, input),
    tables: entry.tables(ctx, spec, input),
    svg: (props) => <Component layout={layout} {...props} />,
    height: layout.height,
    legend: legend && { html: <legend.Html {...legendProps} />, svg: (at) => legend.svg({ ...legendProps, ...at }), onSlide: legend.onSlide },
    csv: entry.csv(ctx, spec, input),
    reference: entry.reference(ctx),
    embedHeight: entry.embedHeight,
    exportClasses: entry.exportClasses,
  };
}

/** Builds one of the context's dataset's chart instances for that context; a slide's part of it when `part` is given. */
export function buildChart(slug: ChartSlug, ctx: ChartContext, part?: SlidePart): BuiltChart {
  const spec = chartSpec(ctx.dataset, slug);
  if (!spec) throw new Error(`unknown chart "${slug}"`);
  return buildKind(spec.kind, spec, ctx, part);
}

/**
 * The parts an instance's slides share out, as even as can be (the larger first): one part when its
 * kind is not split or its items fit one slide.
 */
export function slideParts(spec: ChartSpecRecord, d: SplitData): SlidePart[] {
  return partsOf(spec.kind, spec, d);
}

function partsOf<K extends ChartKind>(kind: K, spec: ChartSpecOf<K>, d: SplitData): SlidePart[] {
  const split: KindRegistry[K]["slide"]["split"] = CHART_KIND_DEFINITIONS[kind].slide.split;
  const items = split ? split.items(d, spec) : 0;
  const count = split ? Math.max(1, Math.ceil(items / split.perSlide)) : 1;
  const edge = (i: number) => Math.ceil((i * items) / count);
  return Array.from({ length: count }, (_, index) => ({ from: edge(index), to: edge(index + 1), index, count, total: items }));
}

/** Which items a part shows, named for the slide's title: the split's axis. */
export function slideAxis(spec: Pick<ChartSpecRecord, "kind">): SlideSplit<unknown, never>["axis"] | undefined {
  return CHART_KIND_DEFINITIONS[spec.kind].slide.split?.axis;
}

/** How the presenter shows an instance: whole, or theme by theme. */
export function slideReveal(spec: Pick<ChartSpecRecord, "kind">): SlideReveal {
  return CHART_KIND_DEFINITIONS[spec.kind].slide.reveal;
}

/** Which slides of an instance a changed datum shows on (none, all, or the builds showing a theme). */
export function changeTouches(spec: ChartSpecRecord, datum: ChangedDatum, field: readonly (string | number)[]): ChangeTouch {
  return touchesOf(spec.kind, spec, datum, field);
}

function touchesOf<K extends ChartKind>(kind: K, spec: ChartSpecOf<K>, datum: ChangedDatum, field: readonly (string | number)[]): ChangeTouch {
  const entry: KindRegistry[K] = CHART_KIND_DEFINITIONS[kind];
  return entry.touches(spec, datum, field);
}
