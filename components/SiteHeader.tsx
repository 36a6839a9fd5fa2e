// The banner: the election's name (or the catalogue's) and the language switch (a plain link: works without JavaScript).
import { getDictionary, type Locale, otherLocale } from "@/lib/i18n";
import { catalogueHref, dashboardHref } from "@/lib/routes";
import { SITE_SCRIPT_LOADER } from "@/lib/site-script/loader";
import styles from "./site.module.css";

export interface SiteHeaderProps {
  locale: Locale;
  /** The election the page belongs to: the brand is its short title, leading to its dashboard; absent on the catalogue. */
  election?: { id: string; shortTitle: string };
  /** The same page in the other language (from lib/routes.ts), so the switch keeps the reader where they are. */
  switchHref: string;
}

/** The page banner with a link to the same page in the other language. */
export function SiteHeader({ locale, election, switchHref }: SiteHeaderProps) {
  const t = getDictionary(locale);
  const other = otherLocale(locale);
  return (
    <header className={styles.header}>
      {/* The reader pages' one script (lib/site-script/), loaded once the page has painted. */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: SITE_SCRIPT_LOADER is our own constant, not reader input. */}
      <script dangerouslySetInnerHTML={{ __html: SITE_SCRIPT_LOADER }} />
      <a className={styles.brand} href={election ? dashboardHref(locale, election.id) : catalogueHref(locale)}>
        {election ? election.shortTitle : t.catalogue.title}
      </a>
      <div className={styles.tools}>
        {/* Light/dark switch (lib/site-script/theme-toggle.ts); invisible, holding its place, until that script runs. */}
        <button type="button" className="theme-toggle" aria-pressed="false">
          {t.theme.toggle}
        </button>
        <a className={styles.switch} href={switchHref} hrefLang={other} lang={other}>
          {t.site.switchLanguage}
        </a>
      </div>
    </header>
  );
}
