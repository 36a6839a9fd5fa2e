// The dashboard: what a reader explores. The election's charts (server-rendered SVG, explored
// through the site script, lib/site-script/: no React on the reader's side), the filters, each chart's data table, the open cell's panel and
// the source line; the long reference text (each candidate, each theme, the figures, the words)
// is on the election's reference pages, which the charts' headings, marks and tables link to.
// Rendered by one route (app/[lang]/[election]/page.tsx), once per view and data version for the
// byte cache.

import { buildChart, chartSlugs, chartSpec } from "@/lib/charts/registry";
import { correctedMark, versionNumber } from "@/lib/corrections/marks";
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, LOCALES, type Locale, otherLocale, pick } from "@/lib/i18n";
import { MAIN_ID } from "@/lib/page-ids";
import { dashboardHref } from "@/lib/routes";
import { type View, viewQuery } from "@/lib/view";
import { CellPanel } from "./CellPanel";
import { ChartFrame } from "./ChartFrame";
import { PinnedNotice } from "./corrections/PinnedNotice";
import { ElectionPagesNav } from "./ElectionPagesNav";
import { EmbedDialog } from "./EmbedDialog";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";
import styles from "./site.module.css";
import { ViewControls } from "./ViewControls";

export interface DashboardProps {
  /** The page's language. */
  lang: Locale;
  /** The dataset to show: the live one, or the version the view is pinned to. */
  dataset: Dataset;
  /** Highlight, hidden candidates, open cell and pinned version. */
  view: View;
  /** The version online, when the view is pinned to an earlier one (the notice links to it). */
  latest?: { number: number; version: string };
}

/** The whole dashboard page body, in one view of the data. */
export function Dashboard({ lang, dataset, view, latest }: DashboardProps) {
  const election = dataset.election.id;
  const t = getDictionary(lang);
  const citation = pick(dataset.source.citation, lang);
  const corrected = correctedMark(dataset, lang);
  const charts = chartSlugs(dataset).map((slug) => buildChart(slug, { dataset, view, locale: lang }));
  // The embed dialog is one for the page: what it needs of each chart is written on it once.
  const embedCharts = Object.fromEntries(
    charts.map((c) => {
      const titles = chartSpec(dataset, c.slug)!.title;
      return [c.slug, { titles: Object.fromEntries(LOCALES.map((l) => [l, pick(titles, l)])) as Record<Locale, string>, dialogTitle: t.embed.dialogTitle(c.texts.title), height: c.embedHeight }];
    }),
  );
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t.site.skipToContent}
      </a>
      <SiteHeader locale={lang} election={{ id: election, shortTitle: pick(dataset.presentation.shortTitle, lang) }} switchHref={dashboardHref(otherLocale(lang), election)} />
      <main id={MAIN_ID} className={styles.main} tabIndex={-1}>
        <h1>{pick(dataset.presentation.title, lang)}</h1>
        {latest && (
          <PinnedNotice lang={lang} election={election} shown={{ number: versionNumber(dataset), version: dataset.version }} latest={latest} query={viewQuery({ ...view, version: undefined })} />
        )}
        <p className={styles.lead}>{pick(dataset.presentation.lead, lang)}</p>
        <p className={styles.source}>
          {t.intro.sourceLabel}
          {t.punctuation.colon}
          {pick(dataset.source.citation, lang)}. {t.intro.sourceNote}
          {corrected && (
            <>
              {" "}
              <a href={corrected.href}>{corrected.label}</a>
            </>
          )}
        </p>
        <ElectionPagesNav dataset={dataset} locale={lang} current={dashboardHref(lang, election)} onDashboard />
        <section id="charts" aria-labelledby="charts-heading">
          <h2 id="charts-heading">{t.charts.heading}</h2>
          <ViewControls dataset={dataset} view={view} locale={lang} />
          {charts.map((chart) => (
            <ChartFrame key={chart.slug} chart={chart} locale={lang} citation={citation} corrected={corrected} version={view.version} election={election}>
              {chart.kind === "heatmap" && view.cell && (
                <CellPanel dataset={dataset} cell={view.cell} locale={lang} closeHref={dashboardHref(lang, election, viewQuery({ ...view, cell: undefined }))} />
              )}
            </ChartFrame>
          ))}
          <EmbedDialog dataset={dataset} lang={lang} versionNumber={versionNumber(dataset)} charts={embedCharts} />
        </section>
      </main>
      <SiteFooter locale={lang} election={{ id: election, citation }} />
    </>
  );
}
