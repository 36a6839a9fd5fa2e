// One value of a correction, before or after, as readers read it: words in the page's language
// (marked when in the other one), quotes verbatim in French with the other quotes' rendering.
import type { Readable } from "@/lib/corrections/readable";
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, type Locale } from "@/lib/i18n";
import { QuoteList } from "../QuoteList";
import styles from "./corrections.module.css";

export interface ReadableValueProps {
  value: Readable;
  /** The version the value belongs to, for the speakers of its quotes. */
  dataset: Dataset;
  /** The page's language. */
  locale: Locale;
}

/** A readable value; a list of quotes as one group of blockquotes. */
export function ReadableValue({ value, dataset, locale }: ReadableValueProps) {
  const t = getDictionary(locale);
  switch (value.kind) {
    case "absent":
      return <span className={styles.absent}>{t.corrections.absent}</span>;
    case "text":
      return <span lang={value.lang && value.lang !== locale ? value.lang : undefined}>{value.text}</span>;
    case "quote":
      return <QuoteList dataset={dataset} quotes={[value.quote]} locale={locale} label={t.proposal.quotesLabel} />;
    case "data":
      return <code className={styles.data}>{value.json}</code>;
    case "list": {
      const quotes = value.items.flatMap((item) => (item.kind === "quote" ? [item.quote] : []));
      if (quotes.length && quotes.length === value.items.length) return <QuoteList dataset={dataset} quotes={quotes} locale={locale} label={t.proposal.quotesLabel} />;
      return (
        <ul className={styles.list}>
          {value.items.map((item, i) => (
            <li key={i}>
              <ReadableValue value={item} dataset={dataset} locale={locale} />
            </li>
          ))}
        </ul>
      );
    }
  }
}
