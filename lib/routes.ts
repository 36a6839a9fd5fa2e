// Every URL of the product, built in one place: pages, embeds, downloads, data and feeds. Pure
// (no Next.js, no file system), so pages, route handlers, client islands and tests share it, and
// no other module writes a path by hand. `query` arguments are already-encoded query strings
// ("" or "?…", from lib/view.ts viewQuery or lib/embed/options.ts embedQuery).
import type { Locale } from "./i18n/locales";

/** A download's format. */
export type ChartFileFormat = "svg" | "png" | "csv";

/** `/{lang}`: the elections (or, with one, straight to it). */
export function catalogueHref(lang: Locale): string {
  return `/${lang}`;
}

/** `/{lang}/{election}`: the dashboard, with a view's query and an anchor when given. */
export function dashboardHref(lang: Locale, election: string, query = "", hash = ""): string {
  return `/${lang}/${election}${query}${hash ? `#${hash}` : ""}`;
}

/** `/{lang}/{election}/present`: presenter mode, with its query (`?slide=3&view=notes`) when given. */
export function presentHref(lang: Locale, election: string, query = ""): string {
  return `/${lang}/${election}/present${query}`;
}

/** `/{lang}/{election}/corrections`: the corrections log, at one correction's entry when given. */
export function correctionsHref(lang: Locale, election: string, correction?: number): string {
  return `/${lang}/${election}/corrections${correction ? `#correction-${correction}` : ""}`;
}

/** `/embed/{election}/{chart}`: one chart, bare, for iframes. */
export function embedHref(election: string, chart: string, query = ""): string {
  return `/embed/${election}/${chart}${query}`;
}

/** `/charts/{election}/{chart}.{svg,png,csv}`: a download. */
export function chartFileHref(election: string, chart: string, format: ChartFileFormat, query = ""): string {
  return `/charts/${election}/${chart}.${format}${query}`;
}

/** `/api/elections`: the catalogue as JSON. */
export const CATALOGUE_API = "/api/elections";

/** `/api/elections/{election}/dataset`: the validated dataset, or one pinned version of it. */
export function datasetHref(election: string, version?: string): string {
  return `/api/elections/${election}/dataset${version ? `?v=${version}` : ""}`;
}

/** `/api/elections/{election}/dataset/status`: the served version and the last refused correction (presenter notes). */
export function datasetStatusHref(election: string, lang: Locale): string {
  return `/api/elections/${election}/dataset/status?lang=${lang}`;
}

/** The host page's resizing script. */
export const EMBED_SCRIPT = "/embed.js";

/** The Atom feed of every election's corrections. */
export const FEED_PATH = "/corrections.xml";

/** oEmbed discovery for a page or chart URL (absolute). */
export function oembedHref(url: string): string {
  return `/api/oembed?format=json&url=${encodeURIComponent(url)}`;
}
