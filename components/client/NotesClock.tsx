"use client";
// The notes window's clock and the time elapsed since it opened.
import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n";
import { formatClockTime } from "@/lib/i18n/dates";

/** A time of day in the presenter's language, in Paris time like the data status beside it. */
export function clock(date: Date, locale: Locale, seconds = false): string {
  return formatClockTime(date.toISOString(), locale, seconds);
}

/** The notes window's header: heading, slide position, clock and elapsed time. */
export function NotesClock({ locale, labels, position }: { locale: Locale; labels: { heading: string; clock: string; elapsed: string }; position: string }) {
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const elapsed = now === null ? 0 : Math.floor((now - started) / 1000);
  const mmss = `${String(Math.floor(elapsed / 60)).padStart(2, "0")}:${String(elapsed % 60).padStart(2, "0")}`;
  return (
    <div className="notes-header">
      <h1>{labels.heading}</h1>
      <p>{position}</p>
      <p>
        {labels.clock} <time>{now === null ? "--:--:--" : clock(new Date(now), locale, true)}</time>
      </p>
      <p>
        {labels.elapsed} <time>{mmss}</time>
      </p>
    </div>
  );
}
