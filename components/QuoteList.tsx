// Verbatim quotes of the source, always marked as French whatever the page's language.
import type { QuoteRecord } from "@/lib/dataset/schema";
import styles from "./sources.module.css";

export interface QuoteListProps {
  /** Passages of the source article. */
  quotes: readonly QuoteRecord[];
  /** Accessible name of the group, in the page's language. */
  label: string;
}

/** The quotes behind a datum, each in its own blockquote. */
export function QuoteList({ quotes, label }: QuoteListProps) {
  return (
    <div className={styles.quotes} role="group" aria-label={label}>
      {quotes.map((quote, i) => (
        <blockquote key={i} lang="fr" className={styles.quote}>
          <p>{quote.text}</p>
        </blockquote>
      ))}
    </div>
  );
}
