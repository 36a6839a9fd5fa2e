// The footer: the source line, the method, the dataset as JSON, and the corrections log (on an
// election's pages); the feed of every election's corrections and the licence everywhere.
import { getDictionary, type Locale } from "@/lib/i18n";
import { correctionsHref, datasetHref, FEED_PATH } from "@/lib/routes";
import styles from "./site.module.css";

export interface SiteFooterProps {
  locale: Locale;
  /** The election the page shows, with its source's citation in the page's language; absent on the catalogue. */
  election?: { id: string; citation: string };
}

/** The page footer, with the source line every election page must carry. */
export function SiteFooter({ locale, election }: SiteFooterProps) {
  const t = getDictionary(locale);
  return (
    <footer className={styles.footer}>
      {election && (
        <>
          <p>
            {t.intro.sourceLabel}
            {t.punctuation.colon}
            {election.citation}.
          </p>
          <p>{t.footer.codebook}</p>
          <p>
            <a href={datasetHref(election.id)} type="application/json">
              {t.intro.datasetLink}
            </a>
          </p>
        </>
      )}
      <p>
        {election && (
          <>
            <a href={correctionsHref(locale, election.id)}>{t.corrections.logLink}</a>
            {" · "}
          </>
        )}
        <a href={FEED_PATH} type="application/atom+xml">
          {t.corrections.feed}
        </a>
      </p>
      <p>{t.footer.license}</p>
    </footer>
  );
}
