// The banner: the product's name and the language switch (a plain link: works without JavaScript).
import { getDictionary, otherLocale, type Locale } from "@/lib/i18n";
import { ThemeToggle } from "./client/ThemeToggle";
import styles from "./site.module.css";

export interface SiteHeaderProps {
  locale: Locale;
  /** The page under the language (`/corrections`), so the switch leads to the same page; the dashboard by default. */
  page?: string;
}

/** The page banner with a link to the same page in the other language. */
export function SiteHeader({ locale, page = "" }: SiteHeaderProps) {
  const t = getDictionary(locale);
  const other = otherLocale(locale);
  return (
    <header className={styles.header}>
      <a className={styles.brand} href={`/${locale}`}>
        {t.site.shortTitle}
      </a>
      <div className={styles.tools}>
        <ThemeToggle label={t.theme.toggle} />
        <a className={styles.switch} href={`/${other}${page}`} hrefLang={other} lang={other}>
          {t.site.switchLanguage}
        </a>
      </div>
    </header>
  );
}
