// The speaker's notes window, hook-free (its clock, timer and pacing bar are an island of their
// own): the current and the next slide, the data status and the corrections that touch the current slide, and the talking
// points with the article's passages and who said them.
import { NotesClock, type NotesTools } from "@/components/client/NotesClock";
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, type Locale } from "@/lib/i18n";
import type { PresenterCorrection, PresenterStatus } from "@/lib/present/corrections";
import type { Slide } from "@/lib/present/deck";
import { talkingPoints } from "@/lib/present/notes";
import { CorrectionNotes } from "./CorrectionNotes";
import { SlideView } from "./SlideView";

export interface NotesViewProps {
  data: Dataset;
  deck: Slide[];
  /** The slide shown, 0-based. */
  current: number;
  /** The status of the served data, told in the notes only. */
  status: PresenterStatus;
  /** For each slide, the corrections that touch it. */
  bySlide: PresenterCorrection[][];
  locale: Locale;
  /** The timer, the planned length and the overview grid's opener. */
  tools: NotesTools;
}

/** The notes window's content, below its own clock and above the stale-data notice. */
export function NotesView({ data, deck, current, status, bySlide, locale, tools }: NotesViewProps) {
  const t = getDictionary(locale);
  const slide = deck[current]!;
  const next = deck[current + 1];
  return (
    <>
      <NotesClock locale={locale} current={current} total={deck.length} tools={tools} />
      <section className="notes-current" aria-label={t.present.notes.current}>
        <div className="stage" data-slide={current + 1}>
          <SlideView dataset={data} slide={slide} locale={locale} idPrefix="current" corrected={!!bySlide[current]?.length} />
        </div>
      </section>
      <section className="notes-next" aria-label={t.present.notes.next}>
        <h2>{t.present.notes.next}</h2>
        {next ? (
          <div className="stage">
            <SlideView dataset={data} slide={next} locale={locale} idPrefix="next" corrected={!!bySlide[current + 1]?.length} />
          </div>
        ) : (
          <p>{t.present.notes.end}</p>
        )}
      </section>
      <CorrectionNotes status={status} corrections={bySlide[current] ?? []} locale={locale} />
      <section className="notes-points" aria-labelledby="notes-points">
        <h2 id="notes-points">{t.present.notes.points}</h2>
        <ul>
          {talkingPoints(data, slide, locale).map((p, i) => (
            <li key={i}>
              <p>{p.text}</p>
              {p.quote && (
                <>
                  <p className="notes-source">{p.quote.label}</p>
                  <blockquote lang="fr">{p.quote.text}</blockquote>
                  {p.quote.speech.map((s, j) => (
                    <p key={j} className="notes-attribution">
                      <span lang="fr">{t.voice.quoted(s.words)}</span> — {s.speaker}
                    </p>
                  ))}
                </>
              )}
              {p.owner && <p className="notes-attribution">{p.owner}</p>}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
