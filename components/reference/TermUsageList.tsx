// The terms page body: what the article says about the words of the programmes. A claim the article leaves unattributed
// ("absent from 3 of 6 programmes", without saying which) stays so; its own qualification stands beside it.
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, type Locale, pick } from "@/lib/i18n";
import { formatOwner, formatTermClaim } from "@/lib/i18n/format";
import { datumId } from "@/lib/routes";
import { Passage, QuoteList } from "../QuoteList";
import styles from "../sources.module.css";

export interface TermUsageListProps {
  dataset: Dataset;
  locale: Locale;
}

/** The terms page's `<h1>` and list, one item per fact anchored at `#term-{id}`. */
export function TermUsageList({ dataset, locale }: TermUsageListProps) {
  const t = getDictionary(locale);
  return (
    <>
      <h1>{t.terms.heading}</h1>
      <p>{t.terms.intro}</p>
      <ul className={styles.terms}>
        {dataset.termUsage.map((fact) => (
          <li key={fact.id} id={datumId.term(fact.id)} className={styles.term}>
            <p className={styles.summary}>{formatTermClaim(dataset, fact, locale)}</p>
            {fact.qualifier && <Passage dataset={dataset} quote={fact.qualifier} locale={locale} label={`${t.voice.qualifier}${t.punctuation.colon.trimEnd()}`} />}
            {fact.note && <p className={styles.note}>{pick(fact.note, locale)}</p>}
            <QuoteList dataset={dataset} quotes={fact.quotes} locale={locale} label={t.proposal.quotesLabel} />
            <p className={styles.attribution}>{formatOwner(dataset, fact.attribution, undefined, locale)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
