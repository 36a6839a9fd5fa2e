// The six candidates as the article presents them, with the spokespeople it quotes for them and
// how the article came by their positions (its `sourcing` notes).
import type { Dataset } from "@/lib/dataset/schema";
import { proposalsOf, spokespeopleFor } from "@/lib/dataset/select";
import { getDictionary, type Locale, pick } from "@/lib/i18n";
import { datumHref, datumId } from "@/lib/routes";
import { QuoteList } from "./QuoteList";
import styles from "./sources.module.css";

export interface CandidatesSectionProps {
  dataset: Dataset;
  locale: Locale;
}

/** One card per candidate, anchored at `#candidate-{id}`, linking to each of their non-silent cells. */
export function CandidatesSection({ dataset, locale }: CandidatesSectionProps) {
  const t = getDictionary(locale);
  return (
    <section id="candidates" aria-labelledby="candidates-heading">
      <h2 id="candidates-heading">{t.candidates.heading}</h2>
      <ul className={styles.candidates}>
        {dataset.candidates.map((c) => {
          const spokespeople = spokespeopleFor(dataset, c.id);
          const themes = dataset.themes.map((theme) => ({ theme, count: proposalsOf(dataset, c.id, theme.id).length })).filter((x) => x.count > 0);
          return (
            <li key={c.id} id={datumId.candidate(c.id)} className={styles.candidate}>
              <h3>{c.name}</h3>
              <p>
                <span className={styles.meta}>
                  {t.candidates.party}
                  {t.punctuation.colon}
                </span>
                {pick(c.affiliation, locale)}
              </p>
              <p>{pick(c.role, locale)}</p>
              {spokespeople.length > 0 && (
                <p>
                  <span className={styles.meta}>
                    {t.candidates.spokespeople}
                    {t.punctuation.colon}
                  </span>
                  {spokespeople.map((s) => `${s.name} (${pick(s.role, locale)})`).join(t.punctuation.semicolon)}
                </p>
              )}
              <QuoteList dataset={dataset} quotes={c.quotes} locale={locale} label={t.proposal.quotesLabel} />
              {c.sourcing && c.sourcing.length > 0 && (
                <div className={styles.sourcing}>
                  <p className={styles.meta}>{t.voice.sourcing}</p>
                  {c.sourcing.map((note, i) => (
                    <div key={i}>
                      <p>{pick(note.summary, locale)}</p>
                      <QuoteList dataset={dataset} quotes={note.quotes} locale={locale} label={t.proposal.quotesLabel} />
                    </div>
                  ))}
                </div>
              )}
              <nav aria-label={t.candidates.seeProposals(c.name)}>
                <ul className={styles.inlineList}>
                  {themes.map(({ theme, count }) => (
                    <li key={theme.id}>
                      <a href={datumHref("", datumId.cell(c.id, theme.id))}>
                        {pick(theme.label, locale)} ({t.candidates.proposals(count)})
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
