// The notes window's account of the data, hook-free: the served version, the last check and a
// refused correction (never on the audience screen), then what each correction changed on the
// current slide, before → after, quotes verbatim, so the presenter can say it on air.
import type { CorrectionSummary } from "@/lib/dataset/changes";
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, type Locale } from "@/lib/i18n";
import { correctionNotes, statusLines, type ValueText } from "@/lib/present/correction-notes";
import type { PresenterStatus } from "@/lib/present/corrections";

export interface CorrectionNotesProps {
  status: PresenterStatus;
  /** The corrections that touch the current slide, oldest first. */
  corrections: CorrectionSummary[];
  dataset: Dataset;
  locale: Locale;
}

function Value({ value }: { value: ValueText }) {
  return <span lang={value.lang}>{value.text}</span>;
}

/** The data status, then the corrections of the current slide. */
export function CorrectionNotes({ status, corrections, dataset, locale }: CorrectionNotesProps) {
  const t = getDictionary(locale).present;
  const lines = statusLines(status, locale);
  return (
    <>
      <section className="notes-status" aria-labelledby="notes-status">
        <h2 id="notes-status">{t.status.heading}</h2>
        <p>{lines.version}</p>
        <p>{lines.checked}</p>
        {lines.refused && <p className="notes-refused">{lines.refused}</p>}
      </section>
      {corrections.length > 0 && (
        <section className="notes-corrections" aria-labelledby="notes-corrections">
          <h2 id="notes-corrections">{t.corrected.heading}</h2>
          <ul>
            {correctionNotes(corrections, dataset, locale).map((note) => (
              <li key={note.number}>
                <p>
                  <strong>{note.heading}</strong>
                  {getDictionary(locale).punctuation.colon}
                  {note.reason}
                </p>
                <ul>
                  {note.changes.map((change, i) => (
                    <li key={i}>
                      {change.what}
                      {getDictionary(locale).punctuation.colon}
                      <Value value={change.before} /> → <Value value={change.after} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
