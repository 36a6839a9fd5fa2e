// The election's pages in one list: the dashboard (on the dashboard, its charts, in the page), each
// candidate's page, each theme's page, the figures and the words. The dashboard's table of
// contents, and every reference page's way to the others; plain links, so it works without JavaScript.
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, type Locale, pick } from "@/lib/i18n";
import { candidateHref, dashboardHref, figuresHref, termsHref, themeHref } from "@/lib/routes";
import styles from "./site.module.css";

export interface ElectionPagesNavProps {
  dataset: Dataset;
  locale: Locale;
  /** The href of the page showing the list: its own link says it is the current page. */
  current: string;
  /** On the dashboard: headed "Contents", its first link to the charts in the page. */
  onDashboard?: boolean;
}

const HEADING_ID = "pages-heading";

/** A `<nav>` of the election's pages, headed "Contents" on the dashboard and "The election's pages" elsewhere. */
export function ElectionPagesNav({ dataset, locale, current, onDashboard = false }: ElectionPagesNavProps) {
  const t = getDictionary(locale);
  const election = dataset.election.id;
  const link = (href: string, text: string) => (
    <a href={href} {...(href === current && { "aria-current": "page" as const })}>
      {text}
    </a>
  );
  return (
    <nav aria-labelledby={HEADING_ID} className={styles.toc}>
      <h2 id={HEADING_ID}>{onDashboard ? t.nav.label : t.reference.pages}</h2>
      <ul>
        <li>{onDashboard ? link("#charts", t.charts.heading) : link(dashboardHref(locale, election), t.nav.dashboard)}</li>
        <li>
          {t.nav.candidates}
          <ul className={styles.inline}>
            {dataset.candidates.map((c) => (
              <li key={c.id}>{link(candidateHref(locale, election, c.id), c.name)}</li>
            ))}
          </ul>
        </li>
        <li>
          {t.nav.themes}
          <ul className={styles.inline}>
            {dataset.themes.map((theme) => (
              <li key={theme.id}>{link(themeHref(locale, election, theme.id), pick(theme.label, locale))}</li>
            ))}
          </ul>
        </li>
        <li>{link(figuresHref(locale, election), t.nav.figures)}</li>
        <li>{link(termsHref(locale, election), t.nav.terms)}</li>
      </ul>
    </nav>
  );
}
