// The editor's embed dialog, one for the dashboard: an empty, closed <dialog> carrying what its
// contents need (data-config: the charts, the candidates, its words in the page's language), which
// the site script (lib/site-script/embed-dialog.ts) builds when a chart's button opens it. No
// inert copy of the contents in the page: React cannot hydrate a <template>'s children, and a
// page Next.js renders itself is hydrated.
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, LOCALES, type Locale } from "@/lib/i18n";
import type { EmbedDialogConfig } from "@/lib/site-script/embed-dialog";

export interface EmbedDialogProps {
  dataset: Dataset;
  /** The page's language: the dialog's words and the embed's default language. */
  lang: Locale;
  /** The data version the page shows (its number names it in the "this version only" choice). */
  versionNumber: number;
  /** Each chart of the page, by slug, as the dialog needs it. */
  charts: EmbedDialogConfig["charts"];
}

/** The dialog, empty and closed. */
export function EmbedDialog({ dataset, lang, versionNumber, charts }: EmbedDialogProps) {
  const t = getDictionary(lang);
  const config: EmbedDialogConfig = {
    election: dataset.election.id,
    defaultLang: lang,
    version: dataset.version,
    charts,
    candidates: dataset.candidates.map((c) => [c.id, c.name]),
    labels: {
      close: t.embed.close,
      lang: t.embed.lang,
      localeNames: Object.fromEntries(LOCALES.map((l) => [l, getDictionary(l).localeName])) as Record<Locale, string>,
      theme: t.embed.theme,
      themes: t.embed.themes,
      highlight: t.embed.highlight,
      none: t.view.none,
      version: t.corrections.embedVersion,
      latest: t.corrections.embedLatest,
      pinned: t.corrections.embedPinned(versionNumber, dataset.version),
      code: t.embed.code,
      copy: t.embed.copy,
      copied: t.embed.copied,
      preview: t.embed.preview,
    },
  };
  return <dialog className="embed-dialog" data-config={JSON.stringify(config)} />;
}
