// The chart registry's types. A chart is: a selector (dataset + view -> geometry input), pure
// geometry (input -> placed marks), a hook-free SVG component, its texts and its data tables.
import type { ReactElement } from "react";
import type { Dataset } from "../dataset/schema";
import type { Locale } from "../i18n";
import type { View } from "../view";

/** A chart instance's slug, as its dataset's presentation declares it (`cameras`). */
export type ChartSlug = string;

/** Everything a chart is drawn from. */
export interface ChartContext {
  dataset: Dataset;
  view: View;
  locale: Locale;
  /** Prefix of the links marks carry to their quotes: "" on the dashboard, "/fr" in an embed or export. */
  linkBase?: string;
}

/** A table cell: text, optionally a link to the datum on the page (its passages and whose position it is), optionally in French whatever the page. */
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

/** Props every chart component receives besides its layout. */
export interface ChartSvgProps<Layout> {
  layout: Layout;
  /** Ids of the elements that name and describe the chart. */
  titleId: string;
  descId: string;
  /** Where the chart sits inside a standalone SVG (exports); absent on pages, where it is 100% wide. */
  box?: { x: number; y: number; width: number };
}

/** One registry entry. */
export interface ChartDefinition<Input, Layout extends { height: number }> {
  slug: ChartSlug;
  select(ctx: ChartContext): Input;
  layout(input: Input): Layout;
  Component(props: ChartSvgProps<Layout>): ReactElement;
  texts(ctx: ChartContext, input: Input): ChartTexts;
  tables(ctx: ChartContext, input: Input): TableSpec[];
  /** An optional key to the chart's encodings, rendered under it. */
  Legend?(props: { locale: Locale }): ReactElement;
  /** The same key as SVG, for standalone exports, with the height it takes. */
  legendSvg?(props: { locale: Locale; x: number; y: number }): { element: ReactElement; height: number };
  /** The data as one flat table for CSV (default: the first table): one row per quote of each datum shown, with whose position it is, the article as the quote's source, the passage, its direct speech and speakers (common.ts perQuoteRows). */
  csv?(ctx: ChartContext, input: Input): TableSpec;
}

/** A chart built for one context: what the page (and later embeds, slides, downloads) render. */
export interface BuiltChart {
  slug: ChartSlug;
  texts: ChartTexts;
  tables: TableSpec[];
  svg(props: { titleId: string; descId: string; box?: { x: number; y: number; width: number } }): ReactElement;
  /** The chart's height in pixels at any width (x is laid out in percent). */
  height: number;
  legend?: ReactElement;
  legendSvg?(at: { x: number; y: number }): { element: ReactElement; height: number };
  csv: TableSpec;
}
