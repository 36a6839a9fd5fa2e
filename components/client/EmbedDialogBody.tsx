// The embed dialog's contents for one chart: language, theme and highlight options, always the
// latest data or this version pinned, a live preview, and the code to paste, with a copy button.
// Loaded and rendered only once the dialog opens (EmbedDialog), so never on the server: it reads
// the page's origin straight from the window.
import { useState } from "react";
import { type EmbedOptions, type EmbedTheme, embedCode, embedQuery, isEmbedTheme, THEMES } from "@/lib/embed/options";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { embedHref } from "@/lib/routes";
import type { EmbedDialogChart, EmbedDialogProps } from "./EmbedDialog";

/** The dialog's words, in the page's language, shared by every chart's dialog. */
export interface EmbedDialogLabels {
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
}

export interface EmbedDialogBodyProps extends Omit<EmbedDialogProps, "charts"> {
  slug: string;
  chart: EmbedDialogChart;
  /** The id its heading takes (the dialog is labelled by it). */
  titleId: string;
  /** Closes the dialog. */
  close: () => void;
}

/** Options, version, code, copy button and preview of one chart's embed. */
export function EmbedDialogBody({ election, slug, chart, titleId, close, candidates, defaultLang, version, labels }: EmbedDialogBodyProps) {
  const [copied, setCopied] = useState(false);
  const [options, setOptions] = useState<EmbedOptions>({ lang: defaultLang, theme: "auto" });
  const code = embedCode(window.location.origin, election, slug, chart.titles[options.lang], options, chart.height);
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
      <div className="embed-dialog-head">
        <h2 id={titleId}>{chart.dialogTitle}</h2>
        {/* Focus goes to the first control once the contents arrive (the dialog opened before they were loaded). */}
        {/* biome-ignore lint/a11y/noAutofocus: the dialog's first control takes focus, as a native dialog's would. */}
        <button type="button" onClick={close} autoFocus>
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
        title={`${labels.preview} – ${chart.titles[options.lang]}`}
        src={embedHref(election, slug, embedQuery(options))}
        loading="lazy"
        style={{ colorScheme: options.theme === "auto" ? "light dark" : options.theme }}
      />
    </>
  );
}
