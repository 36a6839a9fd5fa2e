// The editor's embed dialog, one for the dashboard: an empty, closed <dialog> carrying what the
// charts share (data-config), and its contents as an inert <template> in the page's language,
// which the site script (lib/site-script/embed-dialog.ts) clones when a chart's button opens it.
import type { Dataset } from "@/lib/dataset/schema";
import { THEMES } from "@/lib/embed/options";
import { getDictionary, LOCALES, type Locale } from "@/lib/i18n";
import { EMBED_DIALOG, type EmbedDialogConfig } from "@/lib/site-script/embed-dialog";
import { HighlightSelect } from "./HighlightSelect";

export interface EmbedDialogProps {
  dataset: Dataset;
  /** The page's language: the dialog's words and the embed's default language. */
  lang: Locale;
  /** The data version the page shows (its number names it in the "this version only" choice). */
  versionNumber: number;
  /** Each chart of the page, by slug, as the dialog needs it. */
  charts: EmbedDialogConfig["charts"];
}

/** The dialog and its template. */
export function EmbedDialog({ dataset, lang, versionNumber, charts }: EmbedDialogProps) {
  const t = getDictionary(lang);
  const config: EmbedDialogConfig = { election: dataset.election.id, defaultLang: lang, version: dataset.version, preview: t.embed.preview, charts };
  return (
    <>
      <dialog className="embed-dialog" data-config={JSON.stringify(config)} />
      <template id={EMBED_DIALOG.template}>
        <div className="embed-dialog-head">
          {/* The chart's own heading replaces this one when the dialog opens for it. */}
          <h2 id={EMBED_DIALOG.title}>{t.embed.open}</h2>
          <button type="button" data-action="close">
            {t.embed.close}
          </button>
        </div>
        <div className="embed-options">
          <label>
            {t.embed.lang}
            <select name="lang" defaultValue={lang}>
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {getDictionary(l).localeName}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.embed.theme}
            <select name="theme" defaultValue="auto">
              {THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {t.embed.themes[theme]}
                </option>
              ))}
            </select>
          </label>
          <HighlightSelect label={t.embed.highlight} candidates={dataset.candidates} none={t.view.none} />
        </div>
        <fieldset className="embed-version">
          <legend>{t.corrections.embedVersion}</legend>
          <label>
            <input type="radio" name="version" value="latest" defaultChecked />
            {t.corrections.embedLatest}
          </label>
          <label>
            <input type="radio" name="version" value="pinned" />
            {t.corrections.embedPinned(versionNumber, dataset.version)}
          </label>
        </fieldset>
        <label className="embed-code">
          {t.embed.code}
          <textarea id={EMBED_DIALOG.code} readOnly rows={5} />
        </label>
        <p className="embed-copy">
          <button type="button" data-action="copy">
            {t.embed.copy}
          </button>
          <span role="status" data-copied={t.embed.copied} />
        </p>
        <p className="embed-preview-label">{t.embed.preview}</p>
        <iframe className="embed-preview" title={t.embed.preview} loading="lazy" />
      </template>
    </>
  );
}
