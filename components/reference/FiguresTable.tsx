// The figures page body: every number the article gives, in a real table: who (a candidate links to
// their page), what, the value as stated (options and zones kept), the doubts, the article's
// passage it comes from, and whose figure it is.
import type { Dataset, FigureRecord } from "@/lib/dataset/schema";
import { candidateName } from "@/lib/dataset/select";
import { getDictionary, type Locale, pick } from "@/lib/i18n";
import { formatFigureValue, formatOwner } from "@/lib/i18n/format";
import { candidateHref, datumId } from "@/lib/routes";
import { QuoteList } from "../QuoteList";
import styles from "../sources.module.css";

export interface FiguresTableProps {
  dataset: Dataset;
  locale: Locale;
}

/** Whose figure it is: the city, unnamed candidates, or a candidate (a link to their page). */
function Subject({ dataset: d, figure, locale }: { dataset: Dataset; figure: FigureRecord; locale: Locale }) {
  const t = getDictionary(locale).figures;
  if (figure.subject.kind === "city") return t.city(d.election.city);
  if (figure.subject.kind === "candidates") return t.candidates;
  return <a href={candidateHref(locale, d.election.id, figure.subject.candidate)}>{candidateName(d, figure.subject.candidate)}</a>;
}

/** The figures page's `<h1>` and table, one row per figure anchored at `#figure-{id}`; the table scrolls inside its own frame on a phone. */
export function FiguresTable({ dataset, locale }: FiguresTableProps) {
  const t = getDictionary(locale);
  return (
    <>
      <h1>{t.figures.heading}</h1>
      <p>{t.figures.intro}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard. */}
      <section className={styles.tableFrame} aria-labelledby="figures-caption" tabIndex={0}>
        <table className={styles.table}>
          <caption id="figures-caption">{t.figures.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.figures.subject}</th>
              <th scope="col">{t.figures.measure}</th>
              <th scope="col">{t.figures.value}</th>
              <th scope="col">{t.figures.doubts}</th>
              <th scope="col">{t.voice.columns.passage}</th>
            </tr>
          </thead>
          <tbody>
            {dataset.figures.map((f) => {
              const measure = dataset.measures.find((m) => m.id === f.measure);
              const candidate = f.subject.kind === "candidate" ? f.subject.candidate : undefined;
              return (
                <tr key={f.id} id={datumId.figure(f.id)}>
                  <th scope="row">
                    <Subject dataset={dataset} figure={f} locale={locale} />
                  </th>
                  <td>{measure ? pick(measure.label, locale) : f.measure}</td>
                  <td className={styles.value}>{formatFigureValue(dataset, f, locale)}</td>
                  <td>
                    {(f.doubts ?? []).map((doubt, i) => (
                      <p key={i}>{pick(doubt, locale)}</p>
                    ))}
                  </td>
                  <td>
                    <QuoteList dataset={dataset} quotes={f.quotes} locale={locale} label={t.proposal.quotesLabel} />
                    <p className={styles.attribution}>{formatOwner(dataset, f.attribution, candidate, locale)}</p>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}
