// The article's passages behind a datum. The article is each passage's source; the words it puts
// in someone's mouth are marked inside it and set apart under it with their speaker, so the
// journalist's sentence is never shown as a candidate's words. Quotes stay in French (lang="fr").
import type { Dataset, QuoteRecord } from "@/lib/dataset/schema";
import { speechSegments, wholeSpeech } from "@/lib/dataset/voice";
import { getDictionary, type Locale } from "@/lib/i18n";
import { formatPassageLabel, formatSpeaker } from "@/lib/i18n/format";
import styles from "./sources.module.css";

export interface QuoteListProps {
  /** The dataset, for the speakers' names and roles. */
  dataset: Dataset;
  /** Passages of the source article. */
  quotes: readonly QuoteRecord[];
  locale: Locale;
  /** Accessible name of the group, in the page's language. */
  label: string;
}

/** The quotes behind a datum, each labelled as the article's, with its direct speech set apart. */
export function QuoteList({ dataset, quotes, locale, label }: QuoteListProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of passages, not a form's <fieldset>.
    <div className={styles.quotes} role="group" aria-label={label}>
      {quotes.map((quote, i) => (
        <Passage key={i} dataset={dataset} quote={quote} locale={locale} />
      ))}
    </div>
  );
}

export interface PassageProps {
  dataset: Dataset;
  /** One passage of the article, with its direct speech. */
  quote: QuoteRecord;
  locale: Locale;
  /** A label to use instead of "L’article :" (the article's qualifier of a claim, say). */
  label?: string;
}

/** One passage: its label, the passage with each speech span marked, then each span with its speaker. */
export function Passage({ dataset, quote, locale, label }: PassageProps) {
  const t = getDictionary(locale);
  // A passage that is one person's words throughout is said once, under "L’article cite X :".
  const whole = wholeSpeech(quote);
  return (
    <figure className={styles.passage}>
      <figcaption className={styles.passageLabel}>{label ?? formatPassageLabel(dataset, quote, locale)}</figcaption>
      <blockquote lang="fr" className={styles.quote}>
        {speechSegments(quote).map((s, i) =>
          s.speech === undefined ? (
            s.text
          ) : (
            <span key={i} className={styles.speech} data-speech="">
              {s.text}
            </span>
          ),
        )}
      </blockquote>
      {!whole &&
        quote.speech?.map((s, i) => (
          <p key={i} className={styles.speechLine} data-speaker={s.speaker.by}>
            <span lang="fr">{t.voice.quoted(s.words)}</span> — {formatSpeaker(dataset, s.speaker, locale)}
          </p>
        ))}
    </figure>
  );
}
