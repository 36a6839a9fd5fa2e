"use client";
// The notice the stage shows while its data cannot be refreshed: since when, and for how long,
// counted again every few seconds while it shows.
import { useEffect, useState } from "react";
import { getDictionary, type Locale } from "@/lib/i18n";
import { minutesSince, STALE_TICK_MS } from "@/lib/present/stale";
import { clock } from "./NotesClock";

export interface StaleNoticeProps {
  /** When the data on screen was last known good. */
  since: Date;
  /** The presenter's language, for the words and the time's format. */
  locale: Locale;
}

/** "Not updated since 21:04 (3 min)", in the presenter's language. */
export function StaleNotice({ since, locale }: StaleNoticeProps) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), STALE_TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return (
    <p className="stale-notice" role="status">
      {getDictionary(locale).present.stale(clock(since, locale), minutesSince(since.getTime(), now))}
    </p>
  );
}
