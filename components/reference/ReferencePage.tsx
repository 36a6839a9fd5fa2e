// The frame of an election's reference pages (a candidate, a theme, the figures, the words): skip
// link, banner with the language switch to the same page, a way back to the dashboard, the page's
// own content, the list of the election's other pages, and the footer with the source line.
import type { ReactNode } from "react";
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, type Locale, otherLocale, pick } from "@/lib/i18n";
import { dashboardHref } from "@/lib/routes";
import { ElectionPagesNav } from "../ElectionPagesNav";
import { SiteFooter } from "../SiteFooter";
import { SiteHeader } from "../SiteHeader";
import styles from "../site.module.css";

export interface ReferencePageProps {
  lang: Locale;
  dataset: Dataset;
  /** This page's href in a language (lib/routes.ts): its own, marked current in the list of pages, and the switch's. */
  href: (lang: Locale) => string;
  /** The page's content, from its `<h1>` on. */
  children: ReactNode;
}

/** A reference page of an election, around its content. */
export function ReferencePage({ lang, dataset, href, children }: ReferencePageProps) {
  const t = getDictionary(lang);
  const election = dataset.election.id;
  return (
    <>
      <a className="skip-link" href="#main">
        {t.site.skipToContent}
      </a>
      <SiteHeader locale={lang} election={{ id: election, shortTitle: pick(dataset.presentation.shortTitle, lang) }} switchHref={href(otherLocale(lang))} />
      <main id="main" className={styles.main} tabIndex={-1}>
        <p className={styles.back}>
          <a href={dashboardHref(lang, election)}>{t.reference.back}</a>
        </p>
        {children}
        <ElectionPagesNav dataset={dataset} locale={lang} current={href(lang)} />
      </main>
      <SiteFooter locale={lang} election={{ id: election, citation: pick(dataset.source.citation, lang) }} />
    </>
  );
}
