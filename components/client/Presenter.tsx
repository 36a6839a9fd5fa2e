"use client";
// Presenter mode: a 16:9 stage driven by keyboard, clicker or swipe, the slide in the URL, live
// data redrawn in the browser, and a speaker-notes window kept in step (which alone shows the
// data status). Each part is a hook of its own: useLiveDataset, usePresenterStatus, useSlideSync,
// usePresenterKeys, useSwipe, useIdleCursor, useHydrated, and useKeptPresenter (the service worker
// that keeps the deck for a reload during a network cut).
import { useCallback, useState } from "react";
import { NotesView } from "@/components/present/NotesView";
import { PresenterHelp } from "@/components/present/PresenterHelp";
import { SlideView } from "@/components/present/SlideView";
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, type Locale } from "@/lib/i18n";
import type { PresenterStatus } from "@/lib/present/corrections";
import { buildDeck } from "@/lib/present/deck";
import { presentHref } from "@/lib/routes";
import { StaleNotice } from "./StaleNotice";
import { useHydrated } from "./useHydrated";
import { useIdleCursor } from "./useIdleCursor";
import { useKeptPresenter } from "./useKeptPresenter";
import { useLiveDataset } from "./useLiveDataset";
import { type Blank, usePresenterKeys } from "./usePresenterKeys";
import { usePresenterStatus } from "./usePresenterStatus";
import { useSlideSync } from "./useSlideSync";
import { useSwipe } from "./useSwipe";

export interface PresenterProps {
  locale: Locale;
  /** The election presented: its data URLs and the channel its windows share. */
  election: string;
  /** The dataset the server rendered with: shown until (and whenever) live data cannot be had. */
  fallback: Dataset;
  /** When the server rendered the page (ms since the epoch): when `fallback` was last known good. */
  renderedAt: number;
  /** The served data's status and corrections when the page was rendered (the audience's has no refusal). */
  initialStatus: PresenterStatus;
  /** The slide to open on, 1-based. */
  initialSlide: number;
  /** Seconds between two checks of the data. */
  refreshSeconds: number;
  /** The audience screen or the speaker's notes window. */
  mode: "audience" | "notes";
  theme: "dark" | "light";
}

/** The whole presenter (audience or notes window). */
export function Presenter({ locale, election, fallback, renderedAt, initialStatus, initialSlide, refreshSeconds, mode, theme }: PresenterProps) {
  const t = getDictionary(locale);
  const { data, staleSince } = useLiveDataset(election, fallback, renderedAt, refreshSeconds);
  useKeptPresenter(presentHref(locale, election));
  const deck = buildDeck(data);
  const { status, bySlide } = usePresenterStatus({ election, initial: initialStatus, data, mode, refreshSeconds, locale });
  const [blank, setBlank] = useState<Blank>(null);
  // Any move, even to the slide shown, lifts a blanked screen.
  const unblank = useCallback(() => setBlank(null), []);
  const { current, shown, go } = useSlideSync(election, initialSlide, deck.length, unblank, mode);
  const { help, digits } = usePresenterKeys({ go, shown, total: deck.length, setBlank });
  useSwipe(useCallback((step) => go(shown.current + step), [go, shown]));
  const cursorHidden = useIdleCursor();
  const ready = useHydrated();

  const notice = staleSince ? <StaleNotice since={staleSince} locale={locale} /> : null;
  const classes = ["present", `present-${theme}`, cursorHidden && "cursor-hidden"].filter(Boolean).join(" ");

  if (mode === "notes") {
    return (
      // The notes scroll when the talking points are long: focusable, so keyboards can scroll them too.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard.
      <section className={`${classes} present-notes`} data-ready={ready || undefined} tabIndex={0} aria-label={t.present.notes.heading}>
        <NotesView data={data} deck={deck} current={current} status={status} bySlide={bySlide} locale={locale} />
        {notice}
      </section>
    );
  }

  return (
    <div className={classes} data-ready={ready || undefined}>
      <main className="stage" data-slide={current + 1} aria-roledescription="slide" aria-label={t.present.slideOf(current + 1, deck.length)}>
        <div className="slide-frame" key={current}>
          <SlideView dataset={data} slide={deck[current]!} locale={locale} idPrefix="slide" corrected={!!bySlide[current]?.length} />
        </div>
        <p className="slide-number" aria-hidden="true">
          {current + 1} / {deck.length}
        </p>
      </main>
      {notice}
      {digits && <p className="jump-indicator">→ {digits}</p>}
      {blank && <div className={`blank blank-${blank}`} data-blank={blank} />}
      {help && <PresenterHelp locale={locale} />}
    </div>
  );
}
