// The chart registry's types. A chart KIND is: a selector (dataset + view + the instance's spec ->
// geometry input), pure geometry (input -> placed marks), a hook-free SVG component, its texts,
// tables and CSV, its key, and how embeds, exports and slides show it. A chart INSTANCE is one
// entry of a dataset's `presentation.charts`, drawn by its kind.
import type { ReactElement } from "react";
import type { ChangedDatum } from "../dataset/changes";
import type { ChartKind, ChartSpecRecord, Dataset } from "../dataset/schema";
import type { BarInput, BarLayout } from "../geometry/bars";
import type { HeatmapInput, HeatmapLayout } from "../geometry/heatmap";
import type { TermUsageInput, TermUsageLayout } from "../geometry/term-usage";
import type { Locale } from "../i18n";
import type { View } from "../view";

/** A chart instance's slug, as its dataset's presentation declares it. */
export type ChartSlug = string;

/** The declaration of one instance of a kind (`measure`, `keywords`… as the kind needs). */
export type ChartSpecOf<K extends ChartKind> = Extract<ChartSpecRecord, { kind: K }>;

/**
 * What each kind's geometry takes and returns. Every kind must be listed: a kind added to
 * CHART_KINDS without its line here fails to compile wherever the registry is typed.
 */
export interface KindGeometry {
  heatmap: { input: HeatmapInput; layout: HeatmapLayout };
  "figure-bars": { input: BarInput; layout: BarLayout };
  "term-usage": { input: TermUsageInput; layout: TermUsageLayout };
}

/** Everything a chart is drawn from. */
export interface ChartContext {
  dataset: Dataset;
  view: View;
  locale: Locale;
  /**
   * Where the chart is shown: absent or "" on the dashboard (a heatmap cell opens the panel on the
   * same page; other links are paths within the site), the election's absolute dashboard URL
   * (`https://site/fr/paris-2020`) in an embed or download (every link absolute, on that origin).
   */
  linkBase?: string;
}

/** A table cell: text, optionally a link to the datum where its passages are (and whose position it is), optionally in French whatever the page. */
export interface TableCell {
  text: string;
  href?: string;
  lang?: "fr";
}

/** A real data table: a caption, column headers, and rows that each start with a header cell. */
export interface TableSpec {
  caption: string;
  columns: string[];
  rows: { header: TableCell; cells: TableCell[] }[];
}

/** What a chart says in words: title, one-sentence takeaway, alt text and method notes. */
export interface ChartTexts {
  title: string;
  takeaway: string;
  description: string;
  notes: string[];
}

/** A line under a chart about where its quotes are: a link to a reference page when `href` is given, else plain words. */
export interface ChartReference {
  text: string;
  href?: string;
}

/** Where a chart sits inside a standalone SVG (exports, slides); absent on pages, where it is 100% wide. */
export interface ChartBox {
  x: number;
  y: number;
  width: number;
}

/** Props every chart component receives besides its layout. */
export interface ChartSvgProps<Layout> {
  layout: Layout;
  /** Ids of the elements that name and describe the chart. */
  titleId: string;
  descId: string;
  box?: ChartBox;
}

/** What a key to a chart's encodings is drawn from: the words of the page and the data's own names (contested themes). */
export interface LegendProps {
  dataset: Dataset;
  locale: Locale;
}

/** A key drawn in SVG, with the height it takes. */
export interface LegendSvg {
  element: ReactElement;
  height: number;
}

/** A kind's key: as HTML under the chart on pages, as SVG in exports and slides, and where it goes on a 16:9 slide. */
export interface KindLegend {
  Html(props: LegendProps): ReactElement;
  svg(props: LegendProps & { x: number; y: number }): LegendSvg;
  /** "beside": on a wide slide the key goes right of the chart, where there is room; "below": under it. */
  onSlide: "beside" | "below";
}

/** How the presenter shows an instance: whole, or revealed theme by theme (one build per theme). */
export type SlideReveal = "whole" | "theme-by-theme";

/** What the deck reads to split an instance: the data's themes, candidates and the article's term-usage facts. */
export interface SplitData {
  themes: readonly unknown[];
  candidates: readonly unknown[];
  termUsage: readonly unknown[];
}

/** The items of one slide of a split instance: [from, to) along its kind's axis, part `index` of `count`. */
export interface SlidePart {
  from: number;
  to: number;
  index: number;
  count: number;
  /** How many items the whole instance has along its axis: the "of 7" of "themes 5 to 7 of 7". */
  total: number;
}

/**
 * How the presenter splits an instance over several slides, so that each keeps its text at TV size
 * (2.2 % of the stage's height) while filling the safe area; null for a kind that fits one slide.
 */
export interface SlideSplit<Input, Spec = never> {
  /** What the parts share out, as the slide's title names it: the heatmap's rows (themes), or the chart's blocks (sections). */
  axis: "themes" | "candidates" | "sections";
  /** How many of them the data has for this instance: only those a slide would show something for. */
  items(d: SplitData, spec: Spec): number;
  /** The most items one slide shows at TV size. */
  perSlide: number;
  /** The input of one part: only its items, on the whole chart's scale. */
  part(input: Input, part: SlidePart): Input;
}

/**
 * Which slides of an instance a changed datum shows on: none, every one, or the builds that show
 * one theme's row (a build that does not show the row yet is left unmarked), or the one slide
 * part of a split instance that shows it (its index).
 */
export type ChangeTouch = false | true | { theme: string } | { part: number };

/**
 * One chart kind: every fact about it, each field required (a kind without an embed height or an
 * export style is a compile error, not a silent fallback). `null` says "this kind has none".
 */
export interface KindDefinition<K extends ChartKind, Input, Layout extends { height: number }> {
  kind: K;
  select(ctx: ChartContext, spec: ChartSpecOf<K>): Input;
  layout(input: Input): Layout;
  Component(props: ChartSvgProps<Layout>): ReactElement;
  /** Title, takeaway (the spec's template filled, or the kind's own sentence), description and notes. */
  texts(ctx: ChartContext, spec: ChartSpecOf<K>, input: Input): ChartTexts;
  tables(ctx: ChartContext, spec: ChartSpecOf<K>, input: Input): TableSpec[];
  /** The data as one flat table for CSV: one row per quote of each datum shown, with whose position it is, the article as the quote's source, the passage, its direct speech and speakers (common.ts perQuoteRows). */
  csv(ctx: ChartContext, spec: ChartSpecOf<K>, input: Input): TableSpec;
  legend: KindLegend | null;
  /** Where every quote behind the chart is, beyond each mark's own link: its reference page, or words saying which marks lead to pages. */
  reference(ctx: ChartContext): ChartReference;
  /** The iframe's height before the embed reports its own, in px, to limit layout shift. */
  embedHeight: number;
  /** The class-name prefixes of the chart's marks whose rules a standalone SVG export carries (app/charts.css). */
  exportClasses: readonly string[];
  slide: { reveal: SlideReveal; split: SlideSplit<Input, ChartSpecOf<K>> | null };
  /** Whether a changed datum (a correction) shows on this instance, and on which builds. */
  touches(spec: ChartSpecOf<K>, datum: ChangedDatum, field: readonly (string | number)[]): ChangeTouch;
}

/** The registry's shape: one definition per kind, each with its own geometry types. */
export type KindRegistry = { [K in ChartKind]: KindDefinition<K, KindGeometry[K]["input"], KindGeometry[K]["layout"]> };

/** The kinds that CHART_KINDS lists but the schema's ChartSpec union does not declare (none, normally). */
type KindsWithoutSpec = { [K in ChartKind]: [ChartSpecOf<K>] extends [never] ? K : never }[ChartKind];
type Assert<T extends true> = T;
/** Fails to compile ("false does not satisfy true") while a kind has no spec in lib/dataset/schema.ts ChartSpec. */
export type EveryKindHasASpec = Assert<[KindsWithoutSpec] extends [never] ? true : false>;

/** A chart built for one context: what the page, embeds, slides and downloads render. */
export interface BuiltChart {
  slug: ChartSlug;
  kind: ChartKind;
  texts: ChartTexts;
  tables: TableSpec[];
  svg(props: { titleId: string; descId: string; box?: ChartBox }): ReactElement;
  /** The chart's height in pixels at any width (x is laid out in percent). */
  height: number;
  legend: { html: ReactElement; svg(at: { x: number; y: number }): LegendSvg; onSlide: KindLegend["onSlide"] } | null;
  csv: TableSpec;
  /** Where every quote behind the chart is (a reference page, or which marks lead to pages). */
  reference: ChartReference;
  /** The iframe's initial height, in px. */
  embedHeight: number;
  /** The class-name prefixes whose rules an export carries. */
  exportClasses: readonly string[];
}
