"use client";
// The overview grid (`O`, or its button): a titled tile per slide in a modal dialog, loaded only
// when first opened. Arrow keys, Home and End move between tiles, Enter or a click shows that
// slide (on both windows: the move goes through useSlideSync), Escape or O closes. Tab stays
// inside the dialog, and focus goes back where it was when the grid closes.
import { type CSSProperties, type KeyboardEvent, useEffect, useMemo, useRef } from "react";
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, type Locale } from "@/lib/i18n";
import { slideCaption } from "@/lib/present/caption";
import type { Slide } from "@/lib/present/deck";
import { OVERVIEW_COLUMNS, overviewMove } from "@/lib/present/overview";

export interface OverviewGridProps {
  /** The dataset the stage shows: the tiles' titles follow live data. */
  data: Dataset;
  /** Every slide, in order: a tile each. */
  deck: Slide[];
  /** The slide shown, 0-based: marked, and focused when the grid opens. */
  current: number;
  /** The presenter's language, for the tiles and the dialog's words. */
  locale: Locale;
  /** Shows slide `i` (0-based); the grid closes. */
  onPick: (i: number) => void;
  /** Closes the grid without moving (Escape, O, or its close button). */
  onClose: () => void;
}

/** The grid of every slide, as a modal dialog. */
export function OverviewGrid({ data, deck, current, locale, onPick, onClose }: OverviewGridProps) {
  const t = getDictionary(locale).present;
  const captions = useMemo(() => deck.map((slide) => slideCaption(data, slide, locale)), [data, deck, locale]);
  const dialog = useRef<HTMLDialogElement>(null);
  const tiles = useRef<(HTMLButtonElement | null)[]>([]);

  // Opened once per mount: later slide moves (from the other window) must not steal focus.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus the current tile on opening only.
  useEffect(() => {
    const before = document.activeElement;
    dialog.current?.showModal();
    tiles.current[current]?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "Escape" || e.key === "o" || e.key === "O") {
      e.preventDefault();
      onClose();
      return;
    }
    if (e.key === "Tab") {
      // A modal dialog keeps focus, but the browser's own toolbar would take it next: wrap instead.
      const focusable = [...dialog.current!.querySelectorAll<HTMLButtonElement>("button")];
      const edge = e.shiftKey ? focusable[0] : focusable.at(-1);
      if (document.activeElement === edge) {
        e.preventDefault();
        (e.shiftKey ? focusable.at(-1) : focusable[0])?.focus();
      }
      return;
    }
    const from = tiles.current.indexOf(document.activeElement as HTMLButtonElement);
    const to = overviewMove(from < 0 ? current : from, e.key, deck.length);
    if (to === undefined) return;
    e.preventDefault();
    tiles.current[to]?.focus();
  };

  return (
    <dialog
      ref={dialog}
      className="overview"
      aria-labelledby="overview-heading"
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="overview-bar">
        <h2 id="overview-heading">{t.overview.heading}</h2>
        <button type="button" className="overview-close" onClick={onClose}>
          {t.overview.close}
        </button>
      </div>
      <ol className="overview-tiles" style={{ "--overview-columns": OVERVIEW_COLUMNS } as CSSProperties}>
        {captions.map(({ title, part, detail }, i) => {
          const words = [part, detail].filter(Boolean).join(", ");
          return (
            <li key={i}>
              <button
                type="button"
                ref={(el) => {
                  tiles.current[i] = el;
                }}
                className="overview-tile"
                aria-current={i === current ? "true" : undefined}
                aria-label={t.overview.tile(i + 1, deck.length, words ? `${title}, ${words}` : title, i === current)}
                onClick={() => onPick(i)}
              >
                <span className="overview-number">{i + 1}</span>
                <span className="overview-title">{title}</span>
                {words && <span className="overview-detail">{words}</span>}
                {i === current && <span className="overview-current">{t.overview.current}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </dialog>
  );
}
