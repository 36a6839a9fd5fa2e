// The dashboard: what a reader explores. The election's charts (server-rendered SVG, explored
// through small client islands), the filters, each chart's data table, the open cell's panel and
// the source line; the long reference text (each candidate, each theme, the figures, the words)
// is on the election's reference pages, which the charts' headings, marks and tables link to.
// Rendered by one route (app/[lang]/[election]/page.tsx), once per view and data version for the
// byte cache, and per request for the client-side router.

import { buildChart, chartSlugs, chartSpec } from "@/lib/charts/registry";
import { correctedMark, versionNumber } from "@/lib/corrections/marks";
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, type Locale, otherLocale, pick } from "@/lib/i18n";
import { dashboardHref } from "@/lib/routes";
import { type View, viewQuery } from "@/lib/view";
import { CellPanel } from "./CellPanel";
import { ChartFrame } from "./ChartFrame";
import { ChartTooltip } from "./client/ChartTooltip";
import { EmbedDialog, type EmbedDialogProps } from "./client/EmbedDialog";
import { HeatmapKeys } from "./client/HeatmapKeys";
import { PinnedNotice } from "./corrections/PinnedNotice";
import { ElectionPagesNav } from "./ElectionPagesNav";
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
  // The embed dialog is one for the page: what the charts share is passed to it once.
  const embed: EmbedDialogProps = {
    election,
    charts: Object.fromEntries(charts.map((c) => [c.slug, { titles: chartSpec(dataset, c.slug)!.title, dialogTitle: t.embed.dialogTitle(c.texts.title), height: c.embedHeight }])),
    candidates: dataset.candidates.map((c) => ({ id: c.id, name: c.name })),
    defaultLang: lang,
    version: { id: dataset.version, number: versionNumber(dataset) },
    labels: {
      lang: t.embed.lang,
      theme: t.embed.theme,
      themes: t.embed.themes,
      highlight: t.embed.highlight,
      none: t.view.none,
      version: t.corrections.embedVersion,
      latest: t.corrections.embedLatest,
      pinned: t.corrections.embedPinned(versionNumber(dataset), dataset.version),
      code: t.embed.code,
      copy: t.embed.copy,
      copied: t.embed.copied,
      preview: t.embed.preview,
      close: t.embed.close,
      localeNames: { fr: getDictionary("fr").localeName, en: getDictionary("en").localeName },
    },
  };
  return (
    <>
      <a className="skip-link" href="#main">
        {t.site.skipToContent}
      </a>
      <SiteHeader locale={lang} election={{ id: election, shortTitle: pick(dataset.presentation.shortTitle, lang) }} switchHref={dashboardHref(otherLocale(lang), election)} />
      <main id="main" className={styles.main} tabIndex={-1}>
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
          <HeatmapKeys view={viewQuery(view)} />
          <ChartTooltip />
          <EmbedDialog {...embed} />
        </section>
      </main>
      <SiteFooter locale={lang} election={{ id: election, citation }} />
    </>
  );
}
