// The notice on a dashboard pinned to an earlier data version (a pinned embed's link leads there):
// which version it shows, and the way to the current one and to the log.
import { getDictionary, type Locale } from "@/lib/i18n";
import { correctionsHref, dashboardHref } from "@/lib/routes";
import styles from "./corrections.module.css";

export interface PinnedNoticeProps {
  lang: Locale;
  /** The election whose dashboard this is. */
  election: string;
  /** The version the page shows. */
  shown: { number: number; version: string };
  /** The version online. */
  latest: { number: number; version: string };
  /** The same view without the pinned version (`?highlight=…`, or ""). */
  query: string;
}

/** "You are viewing version 1 …", with links to the current version and to the corrections log. */
export function PinnedNotice({ lang, election, shown, latest, query }: PinnedNoticeProps) {
  const c = getDictionary(lang).corrections;
  return (
    <p className={styles.pinned} data-pinned-version={shown.version}>
      {c.pinnedNotice(shown.number, shown.version)} <a href={dashboardHref(lang, election, query)}>{c.seeLatest(latest.number)}</a>
      {" · "}
      <a href={correctionsHref(lang, election, shown.number)}>{c.logLink}</a>
    </p>
  );
}
