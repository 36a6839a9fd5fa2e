"use client";
// The editor's embed dialog for one chart: language, theme and highlight options, always the
// latest data or this version pinned, a live preview, and the code to paste, with a copy button.
// Opens a native <dialog> (focus trap, Escape to close).
import { useEffect, useRef, useState } from "react";
import { type EmbedOptions, type EmbedTheme, embedCode, embedQuery, isEmbedTheme, THEMES } from "@/lib/embed/options";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { embedHref } from "@/lib/routes";

export interface EmbedDialogProps {
  /** The election the chart belongs to. */
  election: string;
  slug: string;
  /** The iframe's initial height, as the chart's kind says (BuiltChart.embedHeight). */
  height: number;
  /** The chart's title in each language (the iframe's title follows the embed's language). */
  titles: Record<Locale, string>;
  candidates: { id: string; name: string }[];
  defaultLang: Locale;
  /** The data version the page shows, which the editor may pin (`v=`). */
  version: { id: string; number: number };
  /** Visible strings, in the page's language. */
  labels: {
    open: string;
    dialogTitle: string;
    lang: string;
    theme: string;
    themes: Record<EmbedTheme, string>;
    highlight: string;
    none: string;
    /** The version choice: its legend, "always the latest", "this version only". */
    version: string;
    latest: string;
    pinned: string;
    code: string;
    copy: string;
    copied: string;
    preview: string;
    close: string;
    localeNames: Record<Locale, string>;
  };
}

/** A button that opens the dialog; invisible (holding its place) until JavaScript runs. */
export function EmbedDialog({ election, slug, height, titles, candidates, defaultLang, version, labels }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [ready, setReady] = useState(false);
  const [origin, setOrigin] = useState("");
  const [copied, setCopied] = useState(false);
  const [options, setOptions] = useState<EmbedOptions>({ lang: defaultLang, theme: "auto" });
  useEffect(() => {
    setOrigin(window.location.origin);
    setReady(true);
  }, []);
  const code = embedCode(origin, election, slug, titles[options.lang], options, height);
  const id = `embed-${slug}`;
  const set = (patch: Partial<EmbedOptions>) => {
    setCopied(false);
    setOptions((o) => ({ ...o, ...patch }));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // No clipboard permission: the code stays selected for a manual copy.
      document.getElementById(`${id}-code`)?.focus();
    }
  };
  return (
    <>
      <button type="button" className="embed-open" onClick={() => dialog.current?.showModal()} style={{ visibility: ready ? "visible" : "hidden" }}>
        {labels.open}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`}>
        <div className="embed-dialog-head">
          <h4 id={`${id}-title`}>{labels.dialogTitle}</h4>
          <button type="button" onClick={() => dialog.current?.close()}>
            {labels.close}
          </button>
        </div>
        <div className="embed-options">
          <label>
            {labels.lang}
            <select value={options.lang} onChange={(e) => isLocale(e.target.value) && set({ lang: e.target.value })}>
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {labels.localeNames[l]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {labels.theme}
            <select value={options.theme} onChange={(e) => isEmbedTheme(e.target.value) && set({ theme: e.target.value })}>
              {THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {labels.themes[theme]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {labels.highlight}
            <select value={options.highlight ?? ""} onChange={(e) => set({ highlight: e.target.value || undefined })}>
              <option value="">{labels.none}</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="embed-version">
          <legend>{labels.version}</legend>
          <label>
            <input type="radio" name={`${id}-version`} checked={!options.version} onChange={() => set({ version: undefined })} />
            {labels.latest}
          </label>
          <label>
            <input type="radio" name={`${id}-version`} checked={options.version === version.id} onChange={() => set({ version: version.id })} />
            {labels.pinned}
          </label>
        </fieldset>
        <label className="embed-code">
          {labels.code}
          <textarea id={`${id}-code`} readOnly value={code} rows={5} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <p className="embed-copy">
          <button type="button" onClick={copy}>
            {labels.copy}
          </button>
          <span role="status">{copied ? labels.copied : ""}</span>
        </p>
        <p className="embed-preview-label">{labels.preview}</p>
        <iframe
          className="embed-preview"
          title={`${labels.preview} – ${titles[options.lang]}`}
          src={embedHref(election, slug, embedQuery(options))}
          loading="lazy"
          style={{ colorScheme: options.theme === "auto" ? "light dark" : options.theme }}
        />
      </dialog>
    </>
  );
}
