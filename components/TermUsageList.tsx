// What the article says about the words of the programmes. The "numérique" claim stays
// unattributed, exactly as the article leaves it; the article's own qualification stands beside it.
import type { Dataset, TermUsageRecord } from "@/lib/dataset/schema";
import { candidateName } from "@/lib/dataset/select";
import { getDictionary, pick, type Locale } from "@/lib/i18n";
import { formatOwner } from "@/lib/i18n/format";
import { Passage, QuoteList } from "./QuoteList";
import styles from "./sources.module.css";

export interface TermUsageListProps {
  dataset: Dataset;
  locale: Locale;
}

/** The claim of one term-usage fact, in words. */
export function termClaimText(d: Dataset, fact: TermUsageRecord, locale: Locale): string {
  const t = getDictionary(locale);
  const claim = fact.claim;
  if (claim.kind === "absent-from") return t.terms.absentFrom(fact.term, claim.count, claim.outOf, pick(claim.corpus, locale));
  return t.terms.usedBy(fact.term, t.list(claim.candidates.map((id) => candidateName(d, id))));
}

/** The term-usage section, one item per fact anchored at `#term-{id}`. */
export function TermUsageList({ dataset, locale }: TermUsageListProps) {
  const t = getDictionary(locale);
  return (
    <section id="terms" aria-labelledby="terms-heading">
      <h2 id="terms-heading">{t.terms.heading}</h2>
      <p>{t.terms.intro}</p>
      <ul className={styles.terms}>
        {dataset.termUsage.map((fact) => (
          <li key={fact.id} id={`term-${fact.id}`} className={styles.term}>
            <p className={styles.summary}>{termClaimText(dataset, fact, locale)}</p>
            {fact.qualifier && <Passage dataset={dataset} quote={fact.qualifier} locale={locale} label={`${t.voice.qualifier}${t.punctuation.colon.trimEnd()}`} />}
            {fact.note && <p className={styles.note}>{pick(fact.note, locale)}</p>}
            <QuoteList dataset={dataset} quotes={fact.quotes} locale={locale} label={t.proposal.quotesLabel} />
            <p className={styles.attribution}>{formatOwner(dataset, fact.attribution, undefined, locale)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
