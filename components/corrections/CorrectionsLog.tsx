// The corrections log: when the data was first published, then every correction, newest first,
// with its date, its reason, the versions it leads from and to (each downloadable as JSON), and
// each changed value before and after, in words (lib/corrections/readable.ts, worked out once per
// version by lib/corrections/log.ts).
import { correctionsLog } from "@/lib/corrections/log";
import type { VersionRecord } from "@/lib/dataset/history";
import { getDictionary, type Locale } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/dates";
import { datasetHref, FEED_PATH } from "@/lib/routes";
import styles from "./corrections.module.css";
import { ReadableValue } from "./ReadableValue";

export interface CorrectionsLogProps {
  locale: Locale;
  /** The election whose log this is (each version's data links to its dataset). */
  election: string;
  /** Every version of the data, oldest first (the store's `versions`). */
  versions: readonly VersionRecord[];
}

/** The log's content, for `/{lang}/{election}/corrections`. */
export function CorrectionsLog({ locale, election, versions }: CorrectionsLogProps) {
  const t = getDictionary(locale);
  const c = t.corrections;
  const [first, latest] = [versions[0]!, versions[versions.length - 1]!];
  const entries = correctionsLog(versions, locale);
  const data = (v: VersionRecord) => datasetHref(election, v.version);
  return (
    <>
      <h1>{c.title}</h1>
      <p className={styles.intro}>{c.intro}</p>
      <p>
        {c.published(formatDate(latest.dataset.publishedAt, locale), first.version)} {c.current(latest.number, latest.version)}
      </p>
      <p>
        <a href={FEED_PATH} type="application/atom+xml">
          {c.feed}
        </a>
      </p>
      {entries.length === 0 && <p>{c.none}</p>}
      {entries.map(({ summary, before, after, changes }) => {
        const id = `correction-${summary.number}`;
        return (
          <article key={summary.number} id={id} className={styles.correction} aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`}>{c.heading(summary.number, formatDate(summary.date, locale))}</h2>
            <p className={styles.reason}>
              <strong>{c.reason}</strong> {summary.reason[locale]}
            </p>
            <p className={styles.versions}>
              {c.versions(before.number, before.version, after.number, after.version)}
              {" · "}
              <a href={data(before)} type="application/json">
                {c.versionData(before.number)}
              </a>
              {" · "}
              <a href={data(after)} type="application/json">
                {c.versionData(after.number)}
              </a>
            </p>
            <h3>{c.changes}</h3>
            <ul className={styles.changes}>
              {changes.map((change, i) => (
                <li key={i} className={styles.change}>
                  <p className={styles.what}>
                    <strong>{change.datum}</strong> · {change.field}
                  </p>
                  <dl className={styles.beforeAfter}>
                    <div className={styles.before}>
                      <dt>{c.before}</dt>
                      <dd>
                        <ReadableValue value={change.before} dataset={before.dataset} locale={locale} />
                      </dd>
                    </div>
                    <div className={styles.after}>
                      <dt>{c.after}</dt>
                      <dd>
                        <ReadableValue value={change.after} dataset={after.dataset} locale={locale} />
                      </dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          </article>
        );
      })}
    </>
  );
}
