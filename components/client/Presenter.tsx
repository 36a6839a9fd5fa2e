"use client";
// Presenter mode: a 16:9 stage driven by keyboard, clicker or swipe; the slide lives in the URL;
// live data through SWR on the election's dataset (the server's copy as fallback, so never blank), with a
// discreet notice when an update fails; a speaker-notes window kept in sync by BroadcastChannel,
// which alone shows the data status; slides a correction changed carry a mark (usePresenterStatus).
import { useCallback, useEffect, useRef, useState } from "react";
import useSWR from "swr";
import { fetchJsonWithin, fetchTimeoutMs } from "./fetch-within";
import { CorrectionNotes } from "@/components/present/CorrectionNotes";
import { SlideView } from "@/components/present/SlideView";
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, type Locale } from "@/lib/i18n";
import type { PresenterStatus } from "@/lib/present/corrections";
import { buildDeck, keyAction, parseSlideNumber } from "@/lib/present/deck";
import { talkingPoints } from "@/lib/present/notes";
import { datasetHref } from "@/lib/routes";
import { clock, NotesClock } from "./NotesClock";
import { usePresenterStatus } from "./usePresenterStatus";

export interface PresenterProps {
  locale: Locale;
  /** The election presented: its live dataset is polled. */
  election: string;
  /** The dataset the server rendered with: shown until (and whenever) live data cannot be had. */
  fallback: Dataset;
  /** The served data's status and corrections when the page was rendered (the audience's has no refusal). */
  initialStatus: PresenterStatus;
  initialSlide: number;
  refreshSeconds: number;
  mode: "audience" | "notes";
  theme: "dark" | "light";
}

const CHANNEL = "paris-2020-presenter";
const CURSOR_IDLE_MS = 3000;
const DIGITS_TIMEOUT_MS = 3000;
const SWIPE_PX = 60;

/** The dataset, checked with the server's own schema; `no-cache` lets the browser revalidate with the ETag (a 304 when unchanged). */
const fetchDataset = (timeoutMs: number) =>
  fetchJsonWithin(timeoutMs, "no-cache", async (json): Promise<Dataset> => {
    // The validator (zod) loads with the first refresh, not with the page.
    const { validateDataset } = await import("@/lib/dataset/check");
    const result = validateDataset(json);
    if (!result.ok) throw new Error("invalid dataset");
    return result.dataset;
  });

/** The whole presenter (audience or notes window). */
export function Presenter({ locale, election, fallback, initialStatus, initialSlide, refreshSeconds, mode, theme }: PresenterProps) {
  const t = getDictionary(locale);
  const [updatedAt, setUpdatedAt] = useState(() => new Date());
  const { data = fallback, error } = useSWR(datasetHref(election), fetchDataset(fetchTimeoutMs(refreshSeconds)), {
    fallbackData: fallback,
    refreshInterval: refreshSeconds * 1000,
    revalidateOnMount: false,
    revalidateOnFocus: false,
    errorRetryInterval: refreshSeconds * 1000,
    onSuccess: () => setUpdatedAt(new Date()),
  });
  const deck = buildDeck(data);
  const { status, bySlide } = usePresenterStatus(initialStatus, data, mode, refreshSeconds, locale);
  const total = deck.length;
  const [index, setIndex] = useState(initialSlide - 1);
  const [blank, setBlank] = useState<"black" | "white" | null>(null);
  const [help, setHelp] = useState(false);
  const [digits, setDigits] = useState("");
  const typed = useRef("");
  const [cursorHidden, setCursorHidden] = useState(false);
  // Keys work once hydrated; tests and the benchmark wait for this flag.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const channel = useRef<BroadcastChannel | null>(null);
  const current = Math.min(index, total - 1);

  // The slide shown, readable from event handlers without re-subscribing them on every change.
  const shown = useRef(current);
  shown.current = current;

  /** Moves to slide i (0-based): a URL entry (back steps back), and the other window follows. */
  const go = useCallback(
    (i: number, from: "local" | "remote" = "local") => {
      const target = Math.min(Math.max(i, 0), total - 1);
      setBlank(null);
      if (shown.current === target) return;
      shown.current = target;
      setIndex(target);
      const url = new URL(window.location.href);
      url.searchParams.set("slide", String(target + 1));
      window.history.pushState(null, "", url);
      if (from === "local") channel.current?.postMessage({ slide: target });
    },
    [total],
  );

  // The other window (notes or audience) drives too.
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const bc = new BroadcastChannel(CHANNEL);
    bc.onmessage = (e: MessageEvent<{ slide?: number }>) => {
      if (typeof e.data?.slide === "number") go(e.data.slide, "remote");
    };
    channel.current = bc;
    return () => bc.close();
  }, [go]);

  // Back and forward buttons (and a back press that came before hydration: the URL is the truth).
  useEffect(() => {
    const fromUrl = parseSlideNumber(new URL(window.location.href).searchParams.get("slide"), total) - 1;
    if (fromUrl !== shown.current) {
      shown.current = fromUrl;
      setIndex(fromUrl);
    }
    const onPop = () => {
      const n = parseSlideNumber(new URL(window.location.href).searchParams.get("slide"), total) - 1;
      shown.current = n;
      setIndex(n);
      channel.current?.postMessage({ slide: n });
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [total]);

  // Keys: the presenters' usual map (lib/present/deck.ts); no focus trap, Tab still moves focus.
  useEffect(() => {
    let digitTimer: ReturnType<typeof setTimeout> | undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.target instanceof HTMLElement && e.target.closest("input, textarea, select, [contenteditable]")) return;
      const action = keyAction(e.key);
      if (!action) return;
      switch (action) {
        case "next":
          go(shown.current + 1);
          break;
        case "previous":
          go(shown.current - 1);
          break;
        case "first":
          go(0);
          break;
        case "last":
          go(total - 1);
          break;
        case "black":
        case "white":
          setBlank((b) => (b === action ? null : action));
          break;
        case "help":
          setHelp((h) => !h);
          break;
        case "fullscreen":
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
          else void document.documentElement.requestFullscreen?.().catch(() => {});
          break;
        case "digit":
          clearTimeout(digitTimer);
          typed.current = (typed.current + e.key).slice(-3);
          setDigits(typed.current);
          digitTimer = setTimeout(() => setDigits((typed.current = "")), DIGITS_TIMEOUT_MS);
          break;
        case "jump":
          if (!typed.current) return;
          go(Number(typed.current) - 1);
          setDigits((typed.current = ""));
          break;
        case "close":
          setHelp(false);
          setBlank(null);
          return; // leave Escape to the browser too (it leaves full screen)
      }
      e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      clearTimeout(digitTimer);
    };
  }, [total, go]);

  // Swipe on touch screens; the cursor hides after a few idle seconds.
  useEffect(() => {
    let startX: number | null = null;
    let idle: ReturnType<typeof setTimeout> | undefined;
    const down = (e: PointerEvent) => {
      startX = e.pointerType === "mouse" ? null : e.clientX;
    };
    const up = (e: PointerEvent) => {
      if (startX === null) return;
      const dx = e.clientX - startX;
      if (Math.abs(dx) > SWIPE_PX) go(dx < 0 ? shown.current + 1 : shown.current - 1);
      startX = null;
    };
    const move = () => {
      setCursorHidden(false);
      clearTimeout(idle);
      idle = setTimeout(() => setCursorHidden(true), CURSOR_IDLE_MS);
    };
    move();
    document.addEventListener("pointerdown", down);
    document.addEventListener("pointerup", up);
    document.addEventListener("pointermove", move);
    return () => {
      document.removeEventListener("pointerdown", down);
      document.removeEventListener("pointerup", up);
      document.removeEventListener("pointermove", move);
      clearTimeout(idle);
    };
  }, [go]);

  const slide = deck[current]!;
  const notice = error ? (
    <p className="stale-notice" role="status">
      {t.present.stale(clock(updatedAt, locale))}
    </p>
  ) : null;
  const classes = ["present", `present-${theme}`, cursorHidden && "cursor-hidden"].filter(Boolean).join(" ");

  if (mode === "notes") {
    const next = deck[current + 1];
    return (
      // The notes scroll when the talking points are long: focusable, so keyboards can scroll them too.
      <div className={`${classes} present-notes`} data-ready={ready || undefined} tabIndex={0} role="region" aria-label={t.present.notes.heading}>
        <NotesClock locale={locale} labels={t.present.notes} position={t.present.slideOf(current + 1, total)} />
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
        {notice}
      </div>
    );
  }

  return (
    <div className={classes} data-ready={ready || undefined}>
      <main className="stage" data-slide={current + 1} aria-roledescription="slide" aria-label={t.present.slideOf(current + 1, total)}>
        <div className="slide-frame" key={current}>
          <SlideView dataset={data} slide={slide} locale={locale} idPrefix="slide" corrected={!!bySlide[current]?.length} />
        </div>
        <p className="slide-number" aria-hidden="true">
          {current + 1} / {total}
        </p>
      </main>
      {notice}
      {digits && <p className="jump-indicator">→ {digits}</p>}
      {blank && <div className={`blank blank-${blank}`} data-blank={blank} />}
      {help && (
        <div className="help-overlay" role="dialog" aria-labelledby="help-heading">
          <h2 id="help-heading">{t.present.help.heading}</h2>
          <dl>
            {t.present.help.keys.map(([keys, what]) => (
              <div key={keys}>
                <dt>{keys}</dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
          <p>{t.present.help.close}</p>
        </div>
      )}
    </div>
  );
}
