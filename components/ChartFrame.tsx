// Page furniture around one chart: title, takeaway, the SVG, its key, the source line, where its
// quotes are (its reference page), the embed button and downloads, its data tables and the method notes.
import type { ReactNode } from "react";
import type { BuiltChart } from "@/lib/charts/types";
import { embedQuery } from "@/lib/embed/options";
import { getDictionary, type Locale } from "@/lib/i18n";
import { type ChartFileFormat, chartFileHref } from "@/lib/routes";
import { DataTable } from "./DataTable";

export interface ChartFrameProps {
  chart: BuiltChart;
  locale: Locale;
  /** The source's citation, for the source line. */
  citation: string;
  /** "Corrigé le …" and its link to the log, beside the source line, when the data shown has corrections. */
  corrected?: { label: string; href: string };
  /** The pinned data version the page shows, kept in the downloads' links; absent: the latest. */
  version?: string;
  /** Extra content under the chart (the heatmap's quote panel). */
  children?: ReactNode;
  /** The election, for the downloads' links. */
  election: string;
}

/** A chart as a `<figure>`, anchored at `#chart-{slug}`. */
export function ChartFrame({ chart, locale, citation, corrected, version, children, election }: ChartFrameProps) {
  const t = getDictionary(locale).charts;
  const tEmbed = getDictionary(locale).embed;
  const id = `chart-${chart.slug}`;
  const files = (ext: ChartFileFormat) => chartFileHref(election, chart.slug, ext, embedQuery({ lang: locale, theme: "auto", version }));
  return (
    <section id={id} className="chart-frame" aria-labelledby={`${id}-title`} data-chart={chart.slug}>
      <h3 id={`${id}-title`}>{chart.texts.title}</h3>
      <p className="chart-takeaway">{chart.texts.takeaway}</p>
      <figure className="chart-figure">
        <p id={`${id}-desc`} className="visually-hidden">
          {chart.texts.description}
        </p>
        {chart.svg({ titleId: `${id}-title`, descId: `${id}-desc` })}
        {chart.legend?.html}
        <figcaption className="chart-source">
          {t.sourceLine(citation)}
          {corrected && (
            <>
              {" "}
              <a href={corrected.href}>{corrected.label}</a>
            </>
          )}
        </figcaption>
      </figure>
      <p className="chart-reference">{chart.reference.href ? <a href={chart.reference.href}>{chart.reference.text}</a> : chart.reference.text}</p>
      {children}
      <div className="chart-actions">
        {/* Opens the page's embed dialog (lib/site-script/embed-dialog.ts); invisible, holding its place, until that script runs. */}
        <button type="button" className="embed-open" data-embed-open={chart.slug}>
          {tEmbed.open}
        </button>
        <p>
          {tEmbed.download} <a href={files("png")}>PNG</a> · <a href={files("svg")}>SVG</a> · <a href={files("csv")}>CSV</a>
        </p>
      </div>
      <details className="chart-details">
        <summary>{t.table}</summary>
        {chart.tables.map((table, i) => (
          <DataTable key={i} table={table} />
        ))}
      </details>
      <details className="chart-details">
        <summary>{t.notes}</summary>
        {chart.texts.notes.map((note, i) => (
          <p key={i}>{note}</p>
        ))}
      </details>
    </section>
  );
}
