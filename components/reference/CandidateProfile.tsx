// A candidate's page body: who they are as the article presents them (party, role, the
// spokespeople it quotes for them, how it came by their positions), then their position on every
// theme, each with its quotes and a link to the theme's page where the others stand beside it.
import type { CandidateRecord, Dataset } from "@/lib/dataset/schema";
import { spokespeopleFor } from "@/lib/dataset/select";
import { getDictionary, type Locale, pick } from "@/lib/i18n";
import { CellPositions } from "../CellPositions";
import { QuoteList } from "../QuoteList";
import styles from "../sources.module.css";

export interface CandidateProfileProps {
  dataset: Dataset;
  candidate: CandidateRecord;
  locale: Locale;
}

const POSITIONS_ID = "positions-heading";

/** The candidate's `<h1>`, profile and positions theme by theme (each anchored at `#cell-{candidate}-{theme}`). */
export function CandidateProfile({ dataset, candidate: c, locale }: CandidateProfileProps) {
  const t = getDictionary(locale);
  const spokespeople = spokespeopleFor(dataset, c.id);
  return (
    <>
      <h1>{c.name}</h1>
      <div className={styles.candidate}>
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
      </div>
      <section aria-labelledby={POSITIONS_ID}>
        <h2 id={POSITIONS_ID}>{t.candidates.positions}</h2>
        <div className={styles.cells}>
          {dataset.themes.map((theme) => (
            <CellPositions key={theme.id} dataset={dataset} candidate={c.id} theme={theme.id} locale={locale} on="candidate" />
          ))}
        </div>
      </section>
    </>
  );
}
