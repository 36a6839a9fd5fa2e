"use client";
// The notes window's header: clock, elapsed timer with its buttons (T and R do the same), the
// overview grid's button and, with ?duration=, the pacing bar. It alone ticks every second, so
// the slides beside it are not redrawn with the clock.
import { useEffect, useState } from "react";
import { getDictionary, type Locale } from "@/lib/i18n";
import { formatClockTime } from "@/lib/i18n/dates";
import { pacing } from "@/lib/present/pacing";
import { formatElapsed, type TimerState, timerElapsedMs } from "@/lib/present/timer";

/** A time of day in the presenter's language, in Paris time like the data status beside it. */
export function clock(date: Date, locale: Locale, seconds = false): string {
  return formatClockTime(date.toISOString(), locale, seconds);
}

/** What the notes window's tools need from the presenter. */
export interface NotesTools {
  /** The elapsed timer, null before it is read back from the tab's storage. */
  timer: TimerState | null;
  /** Pauses a running timer, runs a paused one (T, or the timer's button). */
  toggleTimer: () => void;
  /** Sets the timer back to zero (R, or its button). */
  resetTimer: () => void;
  /** The talk's planned length in minutes (`?duration=`), for the pacing bar. */
  durationMinutes?: number;
  /** Opens the overview grid. */
  openOverview: () => void;
}

/** What the notes window's header shows: where the talk is, and the presenter's tools. */
export interface NotesClockProps {
  /** The presenter's language. */
  locale: Locale;
  /** The slide shown, 0-based, and the deck's length. */
  current: number;
  /** How many slides the deck has. */
  total: number;
  /** The timer, pacing and overview grid the header drives. */
  tools: NotesTools;
}

/** The notes window's header: heading, slide position, clock, timer, overview button and pacing. */
export function NotesClock({ locale, current, total, tools }: NotesClockProps) {
  const t = getDictionary(locale).present;
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const { timer } = tools;
  const elapsed = timer && now !== null ? timerElapsedMs(timer, now) : 0;
  const paused = timer?.startedAt === null;
  return (
    <div className="notes-header">
      <h1>{t.notes.heading}</h1>
      <p>{t.slideOf(current + 1, total)}</p>
      <p>
        {t.notes.clock} <time>{now === null ? "--:--:--" : clock(new Date(now), locale, true)}</time>
      </p>
      <div className="notes-timer">
        <p>
          {t.notes.elapsed} <time data-elapsed={Math.floor(elapsed / 1000)}>{formatElapsed(elapsed)}</time>
          {paused && <span className="notes-paused"> ({t.timer.paused})</span>}
        </p>
        <button type="button" onClick={tools.toggleTimer} aria-keyshortcuts="T" disabled={!timer}>
          {paused ? t.timer.start : t.timer.pause}
        </button>
        <button type="button" onClick={tools.resetTimer} aria-keyshortcuts="R" disabled={!timer}>
          {t.timer.reset}
        </button>
      </div>
      <button type="button" className="overview-button" onClick={tools.openOverview} aria-keyshortcuts="O" aria-haspopup="dialog">
        {t.overview.open}
      </button>
      {tools.durationMinutes !== undefined && <PaceBar locale={locale} current={current} total={total} elapsedMs={elapsed} durationMinutes={tools.durationMinutes} />}
    </div>
  );
}

/** Where the presenter should be against where they are: a bar for a glance, the same in words. */
function PaceBar({ locale, current, total, elapsedMs, durationMinutes }: { locale: Locale; current: number; total: number; elapsedMs: number; durationMinutes: number }) {
  const t = getDictionary(locale).present.pace;
  const p = pacing({ current, total, elapsedMs, durationMinutes });
  const verdict = p.shift < 0 ? t.behind(-p.shift) : p.shift > 0 ? t.ahead(p.shift) : t.onTime;
  return (
    <section className="notes-pace" aria-labelledby="notes-pace" data-shift={p.shift}>
      <h2 id="notes-pace">{t.heading}</h2>
      {/* The bar repeats the words below: the slides done as a filled band, the time as a notched marker. */}
      <div className="pace-track" aria-hidden="true">
        <div className="pace-slides" style={{ width: `${p.slideShare * 100}%` }} />
        <div className="pace-time" style={{ left: `${p.timeShare * 100}%` }} />
      </div>
      <p className="pace-text">
        {t.where(p.expected + 1, current + 1)} — <strong>{verdict}</strong>
        {" · "}
        {p.overMinutes > 0 ? t.over(p.overMinutes) : t.planned(formatElapsed(elapsedMs), durationMinutes)}
      </p>
    </section>
  );
}
