// The editor's embed dialog, one for the whole page: each chart's "Embed or download" button opens
// it for that chart. A native <dialog> (focus trap, Escape to close, focus back to the button).
// Its contents are built when it opens (embed-dialog-body.ts) from what the server wrote on it
// (components/EmbedDialog.tsx), and emptied when it closes, so the page carries none of it meanwhile.
import { type EmbedOptions, type EmbedTheme, embedCode, embedColorScheme, embedQuery, isEmbedTheme } from "../embed/options";
import { isLocale, type Locale } from "../i18n/locales";
import { embedHref } from "../routes";
import { EMBED_DIALOG_IDS, embedDialogBody } from "./embed-dialog-body";

/** What the server writes on the dialog (`data-config`, JSON): what the charts share, once. */
export interface EmbedDialogConfig {
  /** The election the charts belong to. */
  election: string;
  /** The page's language: the embed's, until the editor chooses. */
  defaultLang: Locale;
  /** The data version the page shows, which the editor may pin (`v=`). */
  version: string;
  /** Each chart of the page, by slug: its title per language (the iframe's title follows the embed's language), the dialog's heading, the iframe's initial height. */
  charts: Record<string, { titles: Record<Locale, string>; dialogTitle: string; height: number }>;
  /** The candidates the editor may highlight: `[id, name]`. */
  candidates: [string, string][];
  /** The dialog's words, in the page's language ("pinned": "this version only", with its number). */
  labels: Record<"close" | "lang" | "theme" | "highlight" | "none" | "version" | "latest" | "pinned" | "code" | "copy" | "copied" | "preview", string> & {
    localeNames: Record<Locale, string>;
    themes: Record<EmbedTheme, string>;
  };
}

/** Opens the dialog for the chart a clicked `[data-embed-open]` button names. */
export function installEmbedDialog(): void {
  document.addEventListener("click", (e) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLElement>("[data-embed-open]") : null;
    if (button) open(button.dataset.embedOpen ?? "");
  });
}

function open(slug: string): void {
  const dialog = document.querySelector<HTMLDialogElement>("dialog.embed-dialog");
  if (!dialog || dialog.open) return;
  const config = JSON.parse(dialog.dataset.config ?? "{}") as EmbedDialogConfig;
  const chart = config.charts?.[slug];
  if (!chart) return;
  dialog.replaceChildren(embedDialogBody(config, chart));
  dialog.setAttribute("aria-labelledby", EMBED_DIALOG_IDS.title);
  const part = <T extends Element>(selector: string) => dialog.querySelector<T>(selector)!;
  const code = part<HTMLTextAreaElement>("textarea");
  const status = part<HTMLElement>('[role="status"]');
  const preview = part<HTMLIFrameElement>("iframe");
  let options: EmbedOptions = { lang: config.defaultLang, theme: "auto" };
  const show = () => {
    code.value = embedCode(location.origin, config.election, slug, chart.titles[options.lang], options, chart.height);
    status.textContent = "";
    preview.title = `${config.labels.preview} – ${chart.titles[options.lang]}`;
    preview.style.colorScheme = embedColorScheme(options.theme);
    preview.src = embedHref(config.election, slug, embedQuery(options));
  };
  dialog.onchange = (e) => {
    const { name, value } = e.target as HTMLInputElement | HTMLSelectElement;
    if (name === "lang" && isLocale(value)) options = { ...options, lang: value };
    else if (name === "theme" && isEmbedTheme(value)) options = { ...options, theme: value };
    else if (name === "highlight") options = { ...options, highlight: value || undefined };
    else if (name === "version") options = { ...options, version: value === "pinned" ? config.version : undefined };
    show();
  };
  dialog.onclick = async (e) => {
    const action = e.target instanceof Element ? e.target.closest<HTMLElement>("[data-action]")?.dataset.action : undefined;
    if (action === "close") dialog.close();
    if (action !== "copy") return;
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = config.labels.copied;
    } catch {
      // No clipboard permission: the code is selected for a manual copy.
      code.focus();
    }
  };
  code.onfocus = () => code.select();
  dialog.onclose = () => {
    dialog.replaceChildren();
    dialog.removeAttribute("aria-labelledby");
  };
  show();
  dialog.showModal();
  part<HTMLElement>('[data-action="close"]').focus();
}
