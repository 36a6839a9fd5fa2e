"use client";
// Presenter mode: a 16:9 stage driven by keyboard, clicker or swipe, the slide in the URL, live
// data redrawn in the browser, and a speaker-notes window kept in step (which alone shows the
// data status, the elapsed timer and the pacing bar). Each part is a hook of its own:
// useLiveDataset, usePresenterStatus, useSlideSync, usePresenterKeys, useElapsedTimer, useSwipe,
// useIdleCursor, useHydrated, and useKeptPresenter (the service worker that keeps the deck for a
// reload during a network cut). The overview grid (`O`) opens on either window.
import { type ComponentType, lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { NotesView } from "@/components/present/NotesView";
import { PresenterHelp } from "@/components/present/PresenterHelp";
import { SlideView } from "@/components/present/SlideView";
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, type Locale } from "@/lib/i18n";
import type { PresenterStatus } from "@/lib/present/corrections";
import { buildDeck } from "@/lib/present/deck";
import { presentHref } from "@/lib/routes";
import type { NotesTools } from "./NotesClock";
import type { OverviewGridProps } from "./OverviewGrid";
import { StaleNotice } from "./StaleNotice";
import { useElapsedTimer } from "./useElapsedTimer";
import { useHydrated } from "./useHydrated";
import { useIdleCursor } from "./useIdleCursor";
import { useKeptPresenter } from "./useKeptPresenter";
import { useLiveDataset } from "./useLiveDataset";
import { type Blank, usePresenterKeys } from "./usePresenterKeys";
import { usePresenterStatus } from "./usePresenterStatus";
import { useSlideSync } from "./useSlideSync";
import { useSwipe } from "./useSwipe";

// The grid is wanted once or twice a show: its code loads after the stage (not with it), and is
// asked for once the stage runs, so the service worker keeps it for a network cut. Should it still
// fail to load, the grid shows nothing rather than taking the stage down.
const loadOverviewGrid = () => import("./OverviewGrid").then((m) => ({ default: m.OverviewGrid }));
const OverviewGrid = lazy((): Promise<{ default: ComponentType<OverviewGridProps> }> => loadOverviewGrid().catch(() => ({ default: () => null })));

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
  /** The talk's planned length in minutes (`?duration=`): the notes window's pacing bar. */
  durationMinutes?: number;
}

/** The whole presenter (audience or notes window). */
export function Presenter({ locale, election, fallback, renderedAt, initialStatus, initialSlide, refreshSeconds, mode, theme, durationMinutes }: PresenterProps) {
  const t = getDictionary(locale);
  const { data, staleSince } = useLiveDataset(election, fallback, renderedAt, refreshSeconds);
  useKeptPresenter(presentHref(locale, election));
  // Built once per dataset, not on every render (a key press, a refresh that changed nothing).
  const deck = useMemo(() => buildDeck(data), [data]);
  const { status, bySlide } = usePresenterStatus({ election, initial: initialStatus, data, deck, mode, refreshSeconds, locale });
  const [blank, setBlank] = useState<Blank>(null);
  // Any move, even to the slide shown, lifts a blanked screen.
  const unblank = useCallback(() => setBlank(null), []);
  const { current, shown, go } = useSlideSync(election, initialSlide, deck.length, unblank, mode);
  const [overview, setOverview] = useState(false);
  const toggleOverview = useCallback(() => setOverview((o) => !o), []);
  const openOverview = useCallback(() => setOverview(true), []);
  const closeOverview = useCallback(() => setOverview(false), []);
  const { timer, toggle: toggleTimer, reset: resetTimer } = useElapsedTimer(election, mode === "notes");
  const timerKeys = useMemo(() => (mode === "notes" ? { toggle: toggleTimer, reset: resetTimer } : undefined), [mode, toggleTimer, resetTimer]);
  const { help, digits } = usePresenterKeys({ go, shown, total: deck.length, setBlank, overview, toggleOverview, timer: timerKeys });
  useSwipe(useCallback((step) => go(shown.current + step), [go, shown]));
  const cursorHidden = useIdleCursor();
  const ready = useHydrated();
  useEffect(() => void loadOverviewGrid().catch(() => {}), []);

  const notice = staleSince ? <StaleNotice since={staleSince} locale={locale} /> : null;
  const tools: NotesTools = { timer, toggleTimer, resetTimer, durationMinutes, openOverview };
  const grid = overview && (
    <Suspense fallback={null}>
      <OverviewGrid
        data={data}
        deck={deck}
        current={current}
        locale={locale}
        onPick={(i) => {
          closeOverview();
          go(i);
        }}
        onClose={closeOverview}
      />
    </Suspense>
  );
  const corrected = !!bySlide[current]?.length;
  // The same element while the slide and its data stay: a refresh or a timer tick does not redraw it.
  const slide = useMemo(() => <SlideView dataset={data} slide={deck[current]!} locale={locale} idPrefix="slide" corrected={corrected} />, [data, deck, current, locale, corrected]);
  const classes = ["present", `present-${theme}`, cursorHidden && "cursor-hidden"].filter(Boolean).join(" ");

  if (mode === "notes") {
    return (
      // The notes scroll when the talking points are long: focusable, so keyboards can scroll them too.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard.
      <section className={`${classes} present-notes`} data-ready={ready || undefined} tabIndex={0} aria-label={t.present.notes.heading}>
        <NotesView data={data} deck={deck} current={current} status={status} bySlide={bySlide} locale={locale} tools={tools} />
        {notice}
        {grid}
      </section>
    );
  }

  return (
    <div className={classes} data-ready={ready || undefined}>
      <main className={staleSince ? "stage stage-stale" : "stage"} data-slide={current + 1} aria-roledescription="slide" aria-label={t.present.slideOf(current + 1, deck.length)}>
        {/* Not keyed by slide: a step between two builds of one chart (the heatmap's reveals) changes
            only what differs instead of redrawing the whole stage. */}
        <div className="slide-frame">{slide}</div>
        <p className="slide-number" aria-hidden="true">
          {current + 1} / {deck.length}
        </p>
        {/* Inside the stage: sized and placed in its units, within the safe area. */}
        {notice}
      </main>
      {digits && <p className="jump-indicator">→ {digits}</p>}
      {blank && <div className={`blank blank-${blank}`} data-blank={blank} />}
      {/* For mouse and touch: the grid's way in, shown only while the pointer is in use (useIdleCursor). */}
      <button type="button" className="overview-button overview-button-stage" onClick={openOverview} aria-keyshortcuts="O" aria-haspopup="dialog">
        {t.present.overview.open}
      </button>
      {help && <PresenterHelp locale={locale} />}
      {grid}
    </div>
  );
}
