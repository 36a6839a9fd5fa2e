// The notes window's account of the data, hook-free: the served version, the last check and a
// refused correction (never on the audience screen), then what each correction changed on the
// current slide, before → after, in the public log's words (worked out on the server), the
// article's passages under their label and in French, so the presenter can say it on air.
import type { TextRun } from "@/lib/corrections/readable";
import { getDictionary, type Locale } from "@/lib/i18n";
import { correctionNotes, statusLines } from "@/lib/present/correction-notes";
import type { PresenterCorrection, PresenterStatus } from "@/lib/present/corrections";

export interface CorrectionNotesProps {
  status: PresenterStatus;
  /** The corrections that touch the current slide, oldest first, with only the changes it shows. */
  corrections: PresenterCorrection[];
  locale: Locale;
}

/** A value in words; runs in another language (the article's French) say so. */
function Runs({ runs }: { runs: TextRun[] }) {
  return (
    <>
      {runs.map((run, i) =>
        run.lang ? (
          <span key={i} lang={run.lang}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

/** The data status, then the corrections of the current slide. */
export function CorrectionNotes({ status, corrections, locale }: CorrectionNotesProps) {
  const t = getDictionary(locale);
  const lines = statusLines(status, locale);
  return (
    <>
      <section className="notes-status" aria-labelledby="notes-status">
        <h2 id="notes-status">{t.present.status.heading}</h2>
        <p>{lines.version}</p>
        <p>{lines.checked}</p>
        {lines.refused && <p className="notes-refused">{lines.refused}</p>}
      </section>
      {corrections.length > 0 && (
        <section className="notes-corrections" aria-labelledby="notes-corrections">
          <h2 id="notes-corrections">{t.present.corrected.heading}</h2>
          <ul>
            {correctionNotes(corrections, locale).map((note) => (
              <li key={note.number}>
                <p>
                  <strong>{note.heading}</strong>
                  {t.punctuation.colon}
                  {note.reason}
                </p>
                <ul>
                  {note.changes.map((change, i) => (
                    <li key={i}>
                      {change.what}
                      {t.punctuation.colon}
                      <Runs runs={change.before} /> → <Runs runs={change.after} />
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
