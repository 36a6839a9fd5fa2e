// The dashboard: the four charts (server-rendered SVG, explored through small client islands),
// then the sources: every candidate's proposals theme by theme, with verbatim quotes. Rendered by
// one route (app/[lang]/[election]/page.tsx): the default view prerendered at build, any other
// view rendered per request.

import { buildChart, chartSlugs, chartSpec } from "@/lib/charts/registry";
import { correctedMark, versionNumber } from "@/lib/corrections/marks";
import type { LoadedDataset } from "@/lib/dataset/load";
import { getDictionary, type Locale, otherLocale, pick } from "@/lib/i18n";
import { dashboardHref, datumHref, datumId } from "@/lib/routes";
import { type View, viewQuery } from "@/lib/view";
import { CandidatesSection } from "./CandidatesSection";
import { CellPanel } from "./CellPanel";
import { ChartFrame } from "./ChartFrame";
import { ChartTooltip } from "./client/ChartTooltip";
import { HeatmapKeys } from "./client/HeatmapKeys";
import { PinnedNotice } from "./corrections/PinnedNotice";
import { FiguresTable } from "./FiguresTable";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";
import styles from "./site.module.css";
import { TermUsageList } from "./TermUsageList";
import { ThemeSection } from "./ThemeSection";
import { ViewControls } from "./ViewControls";

export interface DashboardProps {
  /** The page's language. */
  lang: Locale;
  /** The dataset to show, with its version (written on the page for the build's CSP step). */
  loaded: LoadedDataset;
  /** Highlight, hidden candidates, open cell and pinned version. */
  view: View;
  /** The version online, when the view is pinned to an earlier one (the notice links to it). */
  latest?: { number: number; version: string };
}

/** The whole dashboard page body, in one view of the data. */
export function Dashboard({ lang, loaded, view, latest }: DashboardProps) {
  const { dataset } = loaded;
  const election = dataset.election.id;
  const t = getDictionary(lang);
  const citation = pick(dataset.source.citation, lang);
  const corrected = correctedMark(dataset, lang);
  const charts = chartSlugs(dataset).map((slug) => buildChart(slug, { dataset, view, locale: lang }));
  const embedProps = (slug: string) => ({
    election,
    titles: chartSpec(dataset, slug)!.title,
    candidates: dataset.candidates.map((c) => ({ id: c.id, name: c.name })),
    defaultLang: lang,
    version: { id: dataset.version, number: versionNumber(dataset) },
    labels: {
      ...t.embed,
      dialogTitle: t.embed.dialogTitle(pick(chartSpec(dataset, slug)!.title, lang)),
      version: t.corrections.embedVersion,
      latest: t.corrections.embedLatest,
      pinned: t.corrections.embedPinned(versionNumber(dataset), dataset.version),
      none: t.view.none,
      localeNames: { fr: getDictionary("fr").localeName, en: getDictionary("en").localeName },
    },
  });
  return (
    <>
      <a className="skip-link" href="#main">
        {t.site.skipToContent}
      </a>
      <SiteHeader locale={lang} election={{ id: election, shortTitle: pick(dataset.presentation.shortTitle, lang) }} switchHref={dashboardHref(otherLocale(lang), election)} />
      <main id="main" className={styles.main} tabIndex={-1} data-dataset-version={loaded.etag}>
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
        <nav aria-labelledby="toc-heading" className={styles.toc}>
          <h2 id="toc-heading">{t.nav.label}</h2>
          <ul>
            <li>
              <a href="#charts">{t.charts.heading}</a>
              <ul>
                {charts.map((chart) => (
                  <li key={chart.slug}>
                    <a href={`#chart-${chart.slug}`}>{chart.texts.title}</a>
                  </li>
                ))}
              </ul>
            </li>
            <li>
              <a href="#candidates">{t.nav.candidates}</a>
            </li>
            <li>
              <a href="#themes">{t.nav.themes}</a>
              <ul>
                {dataset.themes.map((theme) => (
                  <li key={theme.id}>
                    <a href={datumHref("", datumId.theme(theme.id))}>{pick(theme.label, lang)}</a>
                  </li>
                ))}
              </ul>
            </li>
            <li>
              <a href="#figures">{t.nav.figures}</a>
            </li>
            <li>
              <a href="#terms">{t.nav.terms}</a>
            </li>
          </ul>
        </nav>
        <section id="charts" aria-labelledby="charts-heading">
          <h2 id="charts-heading">{t.charts.heading}</h2>
          <ViewControls dataset={dataset} view={view} locale={lang} />
          {charts.map((chart) => (
            <ChartFrame key={chart.slug} chart={chart} locale={lang} citation={citation} corrected={corrected} version={view.version} embed={embedProps(chart.slug)}>
              {chart.kind === "heatmap" && view.cell && (
                <CellPanel dataset={dataset} cell={view.cell} locale={lang} closeHref={dashboardHref(lang, election, viewQuery({ ...view, cell: undefined }))} />
              )}
            </ChartFrame>
          ))}
          <HeatmapKeys view={viewQuery(view)} />
          <ChartTooltip />
        </section>
        <CandidatesSection dataset={dataset} locale={lang} />
        <section id="themes" aria-labelledby="themes-heading">
          <h2 id="themes-heading">{t.themes.heading}</h2>
          {dataset.themes.map((theme) => (
            <ThemeSection key={theme.id} dataset={dataset} theme={theme} locale={lang} />
          ))}
        </section>
        <FiguresTable dataset={dataset} locale={lang} />
        <TermUsageList dataset={dataset} locale={lang} />
      </main>
      <SiteFooter locale={lang} election={{ id: election, citation }} />
    </>
  );
}
