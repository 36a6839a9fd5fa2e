// Options of an embed, a download or an oEmbed request: language, theme, highlighted candidate
// and pinned data version. Untrusted query input: anything unknown falls back to the default,
// never echoed; a version that is asked for but malformed is refused, not silently replaced.
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import { EMBED_SCRIPT, embedHref } from "../routes";

export const THEMES = ["light", "dark", "auto"] as const;
export type EmbedTheme = (typeof THEMES)[number];

/** True for one of the embed themes; narrows untrusted input (a query value, a select's value). */
export function isEmbedTheme(value: unknown): value is EmbedTheme {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value);
}

/** What an editor chose for one embedded chart. */
export interface EmbedOptions {
  lang: Locale;
  theme: EmbedTheme;
  highlight?: string;
  /** A pinned data version (`v=`, 12 hex digits); absent: always the latest. */
  version?: string;
}

/** The `v` parameter: absent (the latest data), a well-formed version id, or malformed (a 404). */
export type VersionParam = { kind: "latest" } | { kind: "pinned"; version: string } | { kind: "malformed" };

const VERSION_ID = /^[0-9a-f]{12}$/;

/** Reads `v`: one well-formed version id, or none; anything else (empty, repeated, wrong shape) is malformed. */
export function parseVersionParam(params: URLSearchParams): VersionParam {
  const values = params.getAll("v");
  if (values.length === 0) return { kind: "latest" };
  const [version] = values;
  return values.length === 1 && VERSION_ID.test(version!) ? { kind: "pinned", version: version! } : { kind: "malformed" };
}

/**
 * Reads options from query parameters; unknown values become the defaults (French, auto, none,
 * latest). A malformed `v` is left out here: callers that serve data check parseVersionParam first.
 */
export function parseEmbedOptions(params: URLSearchParams, candidateIds: readonly string[]): EmbedOptions {
  const lang = params.get("lang");
  const theme = params.get("theme");
  const highlight = params.get("highlight");
  const version = parseVersionParam(params);
  return {
    lang: isLocale(lang) ? lang : DEFAULT_LOCALE,
    theme: isEmbedTheme(theme) ? theme : "auto",
    highlight: highlight && candidateIds.includes(highlight) ? highlight : undefined,
    ...(version.kind === "pinned" ? { version: version.version } : {}),
  };
}

/** The query string of non-default options, in a canonical order ("" when all are defaults). */
export function embedQuery(options: EmbedOptions): string {
  const params = new URLSearchParams();
  if (options.lang !== DEFAULT_LOCALE) params.set("lang", options.lang);
  if (options.theme !== "auto") params.set("theme", options.theme);
  if (options.highlight) params.set("highlight", options.highlight);
  if (options.version) params.set("v", options.version);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Escapes text for an HTML attribute or text node. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** The CSS color-scheme an embed's iframe declares for its theme ("auto" follows the reader's system). */
export function embedColorScheme(theme: EmbedTheme): string {
  return theme === "auto" ? "light dark" : theme;
}

/**
 * The code an editor pastes into an article: a lazy, full-width iframe titled for screen readers,
 * as tall as its chart's kind says before the embed reports its own height (BuiltChart.embedHeight),
 * whose color-scheme matches the embed's (so no opaque box appears on a dark page), the sizing
 * script, and a plain link for readers whose reader app strips iframes.
 */
export function embedCode(origin: string, election: string, slug: string, title: string, options: EmbedOptions, height: number): string {
  const src = `${origin}${embedHref(election, slug, embedQuery(options))}`;
  const scheme = embedColorScheme(options.theme);
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" loading="lazy" width="100%" height="${height}" data-p20-embed style="width:100%;border:0;color-scheme:${scheme}"></iframe>`,
    `<script async src="${escapeHtml(`${origin}${EMBED_SCRIPT}`)}"></script>`,
    `<noscript><a href="${escapeHtml(src)}">${escapeHtml(title)}</a></noscript>`,
  ].join("\n");
}
