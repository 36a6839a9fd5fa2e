"use client";
// A chart's "Embed or download" button: asks the page's one embed dialog (EmbedDialog) to open for
// this chart. Invisible, holding its place, until JavaScript runs, since the dialog needs it.
import { useEffect, useState } from "react";
import { EMBED_DIALOG_OPEN } from "./embed-dialog-event";

export interface EmbedButtonProps {
  /** The chart the dialog opens for. */
  slug: string;
  /** The button's text ("Intégrer ou télécharger"). */
  label: string;
}

/** One button per chart frame. */
export function EmbedButton({ slug, label }: EmbedButtonProps) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const open = () => window.dispatchEvent(new CustomEvent(EMBED_DIALOG_OPEN, { detail: slug }));
  return (
    <button type="button" className="embed-open" onClick={open} style={{ visibility: ready ? "visible" : "hidden" }}>
      {label}
    </button>
  );
}
