// The embed dialog's contents for one chart, built in the browser from the words and choices the
// server wrote on the dialog (EmbedDialogConfig): options, version, code, copy button, preview.
import { THEMES } from "../embed/options";
import { LOCALES } from "../i18n/locales";
import type { EmbedDialogConfig } from "./embed-dialog";

/** The ids of the contents' heading (which names the dialog) and code box. */
export const EMBED_DIALOG_IDS = { title: "embed-dialog-title", code: "embed-dialog-code" } as const;

/** An element with its attributes and children (text or elements). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A labelled menu of `[value, text]` options, `selected` chosen. */
function menu(label: string, name: string, options: readonly (readonly [string, string])[], selected: string): HTMLLabelElement {
  const select = el("select", { name }, ...options.map(([value, text]) => el("option", { value, ...(value === selected && { selected: "" }) }, text)));
  return el("label", {}, label, select);
}

/** A labelled radio button of the version choice. */
function versionChoice(value: "latest" | "pinned", label: string, checked: boolean): HTMLLabelElement {
  return el("label", {}, el("input", { type: "radio", name: "version", value, ...(checked && { checked: "" }) }), label);
}

/** The contents for `chart`, in the page's language, the embed's options at their defaults. */
export function embedDialogBody(config: EmbedDialogConfig, chart: EmbedDialogConfig["charts"][string]): DocumentFragment {
  const { labels } = config;
  const body = document.createDocumentFragment();
  body.append(
    el("div", { class: "embed-dialog-head" }, el("h2", { id: EMBED_DIALOG_IDS.title }, chart.dialogTitle), el("button", { type: "button", "data-action": "close" }, labels.close)),
    el(
      "div",
      { class: "embed-options" },
      menu(
        labels.lang,
        "lang",
        LOCALES.map((l) => [l, labels.localeNames[l]]),
        config.defaultLang,
      ),
      menu(
        labels.theme,
        "theme",
        THEMES.map((t) => [t, labels.themes[t]]),
        "auto",
      ),
      menu(labels.highlight, "highlight", [["", labels.none], ...config.candidates], ""),
    ),
    el("fieldset", { class: "embed-version" }, el("legend", {}, labels.version), versionChoice("latest", labels.latest, true), versionChoice("pinned", labels.pinned, false)),
    el("label", { class: "embed-code" }, labels.code, el("textarea", { id: EMBED_DIALOG_IDS.code, readonly: "", rows: "5" })),
    el("p", { class: "embed-copy" }, el("button", { type: "button", "data-action": "copy" }, labels.copy), el("span", { role: "status" })),
    el("p", { class: "embed-preview-label" }, labels.preview),
    el("iframe", { class: "embed-preview", loading: "lazy" }),
  );
  return body;
}
