"use client";
// The editor's embed dialog, one for the whole page: each chart's EmbedButton opens it for that
// chart. A native <dialog> (focus trap, Escape to close, focus back to the button). What is shared
// by the charts (candidates, labels, version) reaches the browser once, and the dialog's contents
// (EmbedDialogBody: options, preview, code) are rendered, and their code loaded, only when it
// opens: the page carries one empty <dialog>, and its first load no embed code.
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { EmbedDialogLabels } from "./EmbedDialogBody";
import { EMBED_DIALOG_OPEN } from "./embed-dialog-event";

const EmbedDialogBody = lazy(() => import("./EmbedDialogBody").then((m) => ({ default: m.EmbedDialogBody })));

/** What the dialog needs of one chart. */
export interface EmbedDialogChart {
  /** The chart's title in each language (the iframe's title follows the embed's language). */
  titles: Record<Locale, string>;
  /** The dialog's heading, in the page's language. */
  dialogTitle: string;
  /** The iframe's initial height, as the chart's kind says (BuiltChart.embedHeight). */
  height: number;
}

export interface EmbedDialogProps {
  /** The election the charts belong to. */
  election: string;
  /** Each chart of the page, by slug. */
  charts: Record<string, EmbedDialogChart>;
  candidates: { id: string; name: string }[];
  defaultLang: Locale;
  /** The data version the page shows, which the editor may pin (`v=`). */
  version: { id: string; number: number };
  /** Visible strings, in the page's language. */
  labels: EmbedDialogLabels;
}

/** Mounted once on the dashboard; an empty, closed `<dialog>` until a chart's button opens it. */
export function EmbedDialog({ charts, ...shared }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [slug, setSlug] = useState<string | null>(null);
  useEffect(() => {
    const open = (e: Event) => {
      const wanted = (e as CustomEvent<unknown>).detail;
      if (typeof wanted !== "string" || !Object.hasOwn(charts, wanted)) return;
      setSlug(wanted);
      dialog.current?.showModal();
    };
    window.addEventListener(EMBED_DIALOG_OPEN, open);
    return () => window.removeEventListener(EMBED_DIALOG_OPEN, open);
  }, [charts]);
  const chart = slug ? charts[slug] : undefined;
  const titleId = "embed-dialog-title";
  return (
    <dialog ref={dialog} className="embed-dialog" {...(chart && { "aria-labelledby": titleId })} onClose={() => setSlug(null)}>
      {slug && chart && (
        <Suspense fallback={null}>
          <EmbedDialogBody key={slug} slug={slug} chart={chart} titleId={titleId} close={() => dialog.current?.close()} {...shared} />
        </Suspense>
      )}
    </dialog>
  );
}
