// Every URL of the product, built in one place: pages, embeds, downloads, data and feeds, and the
// parsers of the paths that carry an election (with the legacy paths that predate elections in
// URLs, which stand for LEGACY_ELECTION forever). Pure (no Next.js, no file system), so pages,
// route handlers, the proxy, client islands and tests share it, and no other module writes a path
// by hand. `query` arguments are already-encoded query strings ("" or "?…", from lib/view.ts
// viewQuery or lib/embed/options.ts embedQuery).
import { isLocale, type Locale } from "./i18n/locales";
import { VIEW_PARAMS } from "./view";

/** A download's format. */
export type ChartFileFormat = "svg" | "png" | "csv";

const FORMATS: readonly ChartFileFormat[] = ["svg", "png", "csv"];

/** The shape of an election id or a chart slug (lib/dataset/schema.ts `Id`): whether it exists is the caller's to check. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Pages under a language that existed before elections were in URLs: never an election id. */
const LEGACY_PAGES = ["present", "corrections"] as const;
type LegacyPage = (typeof LEGACY_PAGES)[number];

/** Where next.config.js sends a first path segment that names no route (`/x/y` is served as `/fr/_/x/y`, a 404): never an election. */
export const UNROUTED_SEGMENT = "_";

/** Why each id the URLs already use cannot name an election. */
const RESERVED_IDS = new Map<string, string>([
  ["present", "/{lang}/present is the presenter of the election whose URLs predate elections in URLs, so /{lang}/present could never be this election's dashboard"],
  ["corrections", "/{lang}/corrections is the corrections log of the election whose URLs predate elections in URLs, so /{lang}/corrections could never be this election's dashboard"],
  [UNROUTED_SEGMENT, "/fr/_/… is where paths that name no route are sent (next.config.js), to answer 404"],
]);

/**
 * Why an id cannot name an election (its URLs would be read as something else), or undefined when
 * it can: the ids the URLs already use, and any id whose own pages, embeds or downloads would not
 * be read back as its own. Whether the id has the shape of a slug is the schema's to check.
 */
export function reservedElectionId(id: string): string | undefined {
  const reason = RESERVED_IDS.get(id);
  if (reason) return reason;
  return SLUG.test(id) && !readsBackAsElection(id) ? `a URL of this election (${dashboardHref("fr", id)}, …) would be read as another page` : undefined;
}

/** Whether every page, embed and download path of the election reads back as that election's. */
function readsBackAsElection(id: string): boolean {
  const pages = [dashboardHref("fr", id), presentHref("fr", id), correctionsHref("fr", id), figuresHref("fr", id), candidateHref("fr", id, "x")].map(parsePagePath);
  const embed = parseEmbedPathname(embedHref(id, "chart"), "");
  const file = parseChartFilePath(chartFileHref(id, "chart", "svg").split("/").slice(2), "");
  return pages.every((page) => page !== undefined && page.page !== "catalogue" && page.election === id) && embed?.election === id && file?.election === id;
}

/** `/{lang}`: the elections (or, with one, straight to it). */
export function catalogueHref(lang: Locale, query = ""): string {
  return `/${lang}${query}`;
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
  return `${CATALOGUE_API}/${election}/dataset${version ? `?v=${version}` : ""}`;
}

/** `/api/elections/{election}/dataset/status`: the served version and the last refused correction (presenter notes). */
export function datasetStatusHref(election: string, lang: Locale): string {
  return `${CATALOGUE_API}/${election}/dataset/status?lang=${lang}`;
}

/** The site's icon. */
export const ICON_PATH = "/icon.svg";

/** The host page's resizing script. */
export const EMBED_SCRIPT = "/embed.js";

/** The reader pages' one script (lib/site-script/), versioned by its content (`?v=`). */
export const SITE_SCRIPT = "/site.js";

/** The presenter's service worker script (its scope: one presenter's path, presentHref). */
export const PRESENTER_WORKER = "/present-worker.js";

/** The Atom feed of every election's corrections. */
export const FEED_PATH = "/corrections.xml";

/** oEmbed discovery for a page or chart URL (absolute). */
export function oembedHref(url: string): string {
  return `/api/oembed?format=json&url=${encodeURIComponent(url)}`;
}

/** One chart of one election, as an embed or download path names it. */
export interface ChartPath {
  election: string;
  chart: string;
}

/**
 * The segments after `/embed/`: `[election, chart]`, or the legacy `[chart]`, which stands for
 * `legacyElection`'s chart (editors' iframes pasted before elections were in URLs). Undefined for
 * anything else; whether the election and chart exist is the caller's to check.
 */
export function parseEmbedPath(segments: readonly string[], legacyElection: string): ChartPath | undefined {
  const [election, chart] = segments.length === 1 ? [legacyElection, segments[0]] : segments.length === 2 ? segments : [];
  return election && chart && SLUG.test(election) && SLUG.test(chart) ? { election, chart } : undefined;
}

/** The chart an embed's pathname (`/embed/…`, new or legacy) names, by shape; undefined for any other pathname. */
export function parseEmbedPathname(pathname: string, legacyElection: string): ChartPath | undefined {
  const prefix = "/embed/";
  return pathname.startsWith(prefix) ? parseEmbedPath(pathname.slice(prefix.length).split("/"), legacyElection) : undefined;
}

/** The segments after `/charts/`: `[election, "{chart}.{format}"]`, or the legacy `["{chart}.{format}"]` (for `legacyElection`). */
export function parseChartFilePath(segments: readonly string[], legacyElection: string): (ChartPath & { format: ChartFileFormat }) | undefined {
  const [election, file] = segments.length === 1 ? [legacyElection, segments[0]] : segments.length === 2 ? segments : [];
  const dot = file?.lastIndexOf(".") ?? -1;
  const [chart, format] = file && dot > 0 ? [file.slice(0, dot), file.slice(dot + 1)] : [];
  const known = FORMATS.find((f) => f === format);
  if (!election || !chart || !known || !SLUG.test(election) || !SLUG.test(chart)) return undefined;
  return { election, chart, format: known };
}

/** `/{lang}/{election}/candidates/{candidate}`: one candidate's positions theme by theme, with their quotes; at an anchor when given. */
export function candidateHref(lang: Locale, election: string, candidate: string, hash = ""): string {
  return `/${lang}/${election}/candidates/${candidate}${hash ? `#${hash}` : ""}`;
}

/** `/{lang}/{election}/themes/{theme}`: one theme, every candidate's position on it with their quotes; at an anchor when given. */
export function themeHref(lang: Locale, election: string, theme: string, hash = ""): string {
  return `/${lang}/${election}/themes/${theme}${hash ? `#${hash}` : ""}`;
}

/** `/{lang}/{election}/figures`: every figure the candidates give, with its quote; at an anchor when given. */
export function figuresHref(lang: Locale, election: string, hash = ""): string {
  return `/${lang}/${election}/figures${hash ? `#${hash}` : ""}`;
}

/** `/{lang}/{election}/terms`: the words counted in the programmes, with their quotes; at an anchor when given. */
export function termsHref(lang: Locale, election: string, hash = ""): string {
  return `/${lang}/${election}/terms${hash ? `#${hash}` : ""}`;
}

/** The longest query a redirect keeps: a real view or slide is a few hundred bytes; an oversized one is dropped, not sent back in a header. */
export const MAX_KEPT_QUERY = 2048;

/** The query a redirect carries on: as given, or none when it is oversized. */
export function keptQuery(search: string): string {
  return search.length > MAX_KEPT_QUERY ? "" : search;
}

/** Reference pages of an election with no further segment. */
const REFERENCE_PAGES = ["figures", "terms"] as const;

/** Reference pages of an election that name one candidate or one theme: the URL segment, and the page kind it makes. */
const ITEM_PAGES = { candidates: "candidate", themes: "theme" } as const;

/**
 * A page path: `/{lang}` (the catalogue); `/{lang}/{election}` with nothing, `present`,
 * `corrections`, `figures` or `terms` after it; or `/{lang}/{election}/candidates/{id}` and
 * `/{lang}/{election}/themes/{id}` (`item`: the candidate's or theme's id, by shape only).
 */
export type PagePath =
  | { page: "catalogue"; lang: Locale }
  | { page: "dashboard" | LegacyPage | (typeof REFERENCE_PAGES)[number]; lang: Locale; election: string }
  | { page: (typeof ITEM_PAGES)[keyof typeof ITEM_PAGES]; lang: Locale; election: string; item: string };

/** The page a pathname names, by shape (an election, candidate or theme id may still be unknown); undefined for any other path, legacy ones included. */
export function parsePagePath(pathname: string): PagePath | undefined {
  const [empty, lang, election, page, item, ...rest] = pathname.split("/");
  if (empty !== "" || !isLocale(lang) || rest.length) return undefined;
  if (election === undefined) return { page: "catalogue", lang };
  if (!SLUG.test(election) || (LEGACY_PAGES as readonly string[]).includes(election)) return undefined;
  if (page === undefined) return { page: "dashboard", lang, election };
  if (item !== undefined) {
    const kind = Object.hasOwn(ITEM_PAGES, page) ? ITEM_PAGES[page as keyof typeof ITEM_PAGES] : undefined;
    return kind && SLUG.test(item) ? { page: kind, lang, election, item } : undefined;
  }
  const known = [...LEGACY_PAGES, ...REFERENCE_PAGES].find((p) => p === page);
  return known ? { page: known, lang, election } : undefined;
}

/** The path of a page parsePagePath reads: the inverse of parsePagePath, for pages that name one of their own in another language (the switch, alternates). */
export function pageHref(page: PagePath): string {
  switch (page.page) {
    case "catalogue":
      return catalogueHref(page.lang);
    case "dashboard":
      return dashboardHref(page.lang, page.election);
    case "present":
      return presentHref(page.lang, page.election);
    case "corrections":
      return correctionsHref(page.lang, page.election);
    case "figures":
      return figuresHref(page.lang, page.election);
    case "terms":
      return termsHref(page.lang, page.election);
    case "candidate":
      return candidateHref(page.lang, page.election, page.item);
    case "theme":
      return themeHref(page.lang, page.election, page.item);
  }
}

/**
 * Where a page URL that predates elections in URLs now lives: `/{lang}/present` and
 * `/{lang}/corrections` (the legacy election's), and `/{lang}` with a dashboard view in its query
 * (`?cell=…`, a shared link to the legacy election's dashboard). The query is kept as given
 * unless oversized (keptQuery); a browser keeps the fragment across a 308. Undefined for every other path.
 */
export function legacyPageTarget(pathname: string, search: string, legacyElection: string): string | undefined {
  const [empty, lang, page, ...rest] = pathname.split("/");
  if (empty !== "" || !isLocale(lang) || rest.length) return undefined;
  const query = keptQuery(search);
  if (page === "present") return presentHref(lang, legacyElection, query);
  if (page === "corrections") return `${correctionsHref(lang, legacyElection)}${query}`;
  const params = new URLSearchParams(search);
  if (page === undefined && VIEW_PARAMS.some((p) => params.has(p))) return dashboardHref(lang, legacyElection, query);
  return undefined;
}

/** A datum a chart's mark or a table's cell stands for: one candidate × theme, a figure, a term-usage fact, a candidate or a theme. */
export type Datum = { kind: "cell"; candidate: string; theme: string } | { kind: "figure" | "term" | "candidate" | "theme"; id: string };

/** The ids of the elements that hold a datum and its quotes on the reference page that holds it: set by the pages, named by the charts' links. */
export const datumId = {
  cell: (candidate: string, theme: string) => `cell-${candidate}-${theme}`,
  figure: (figure: string) => `figure-${figure}`,
  term: (fact: string) => `term-${fact}`,
  proposal: (proposal: string) => `proposal-${proposal}`,
};

/**
 * Where a datum and its quotes are: the reference page that holds it, at its element. A cell is on
 * its theme's page, a figure on the figures page, a term-usage fact on the terms page; a candidate
 * and a theme are their whole page. `origin` is "" for a link within the site, the site's origin
 * (`https://charts.example.org`) in embeds and downloads.
 */
export function datumHref(lang: Locale, election: string, datum: Datum, origin = ""): string {
  switch (datum.kind) {
    case "cell":
      return `${origin}${themeHref(lang, election, datum.theme, datumId.cell(datum.candidate, datum.theme))}`;
    case "figure":
      return `${origin}${figuresHref(lang, election, datumId.figure(datum.id))}`;
    case "term":
      return `${origin}${termsHref(lang, election, datumId.term(datum.id))}`;
    case "candidate":
      return `${origin}${candidateHref(lang, election, datum.id)}`;
    case "theme":
      return `${origin}${themeHref(lang, election, datum.id)}`;
  }
}
