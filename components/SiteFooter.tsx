// The footer: the source line, the method, the dataset as JSON, and the corrections log.
import { correctionsHref, FEED_PATH } from "@/lib/corrections/marks";
import { getDictionary, type Locale } from "@/lib/i18n";
import styles from "./site.module.css";

export interface SiteFooterProps {
  locale: Locale;
  /** The source's citation in the page's language. */
  citation: string;
}

/** The page footer, with the source line every page must carry. */
export function SiteFooter({ locale, citation }: SiteFooterProps) {
  const t = getDictionary(locale);
  return (
    <footer className={styles.footer}>
      <p>
        {t.intro.sourceLabel}
        {t.punctuation.colon}
        {citation}.
      </p>
      <p>{t.footer.codebook}</p>
      <p>
        <a href="/api/dataset" type="application/json">
          {t.intro.datasetLink}
        </a>
      </p>
      <p>
        <a href={correctionsHref(locale)}>{t.corrections.logLink}</a>
        {" · "}
        <a href={FEED_PATH} type="application/atom+xml">
          {t.corrections.feed}
        </a>
      </p>
      <p>{t.footer.license}</p>
    </footer>
  );
}
