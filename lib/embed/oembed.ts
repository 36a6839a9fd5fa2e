// oEmbed (https://oembed.com, type "rich") for our embed and dashboard URLs, new and legacy.
import type { ChartSlug } from "../charts/types";
import { chartFileHref, parseEmbedPathname, parsePagePath } from "../routes";
import { type EmbedOptions, embedCode, parseEmbedOptions, parseVersionParam } from "./options";

/** What oEmbed needs to know of an election: its charts in order (the first stands for its dashboard) and its candidates. */
export interface OembedElection {
  charts: readonly ChartSlug[];
  candidateIds: readonly string[];
}

/** The chart of an election a URL stands for, with the embed's options. */
export interface OembedTarget {
  election: string;
  slug: ChartSlug;
  options: EmbedOptions;
}

/**
 * The election, chart and options a URL of ours stands for, or undefined for any other URL: an
 * embed (`/embed/{election}/{chart}`, or the legacy `/embed/{chart}`), or a dashboard
 * (`/{lang}/{election}`, or the legacy `/{lang}`), whose `#chart-{slug}` names the chart (else its
 * first chart). `lookup` gives a known election's facts, undefined for any other id.
 */
export function resolveOembedUrl(raw: string, origin: string, legacyElection: string, lookup: (election: string) => OembedElection | undefined): OembedTarget | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  // A malformed pinned version stands for nothing (the embed itself would be a 404).
  if (parseVersionParam(url.searchParams).kind === "malformed") return undefined;
  const path = parseEmbedPathname(url.pathname, legacyElection);
  if (path) {
    const known = lookup(path.election);
    if (!known?.charts.includes(path.chart)) return undefined;
    return { election: path.election, slug: path.chart, options: parseEmbedOptions(url.searchParams, known.candidateIds) };
  }
  // A dashboard URL: its #chart-{slug} if any, else its first chart, in the dashboard's language.
  const page = parsePagePath(url.pathname);
  const dashboard = page?.page === "dashboard" ? page : page?.page === "catalogue" ? { lang: page.lang, election: legacyElection } : undefined;
  const known = dashboard && lookup(dashboard.election);
  if (!dashboard || !known) return undefined;
  const fromHash = url.hash.replace(/^#chart-/, "");
  const slug = known.charts.includes(fromHash) ? fromHash : known.charts[0];
  if (!slug) return undefined;
  return { election: dashboard.election, slug, options: { ...parseEmbedOptions(url.searchParams, known.candidateIds), lang: dashboard.lang } };
}

const DEFAULT_WIDTH = 640;
const MIN_SIZE = 200;

/** The oEmbed JSON: width and height never beyond maxwidth/maxheight, as the spec requires. */
/** `height`: the chart's initial embed height (BuiltChart.embedHeight), before maxheight. */
export function oembedJson(input: {
  origin: string;
  election: string;
  slug: ChartSlug;
  title: string;
  options: EmbedOptions;
  height: number;
  maxwidth?: number;
  maxheight?: number;
  providerName: string;
}) {
  const width = Math.max(MIN_SIZE, Math.min(DEFAULT_WIDTH, input.maxwidth ?? DEFAULT_WIDTH));
  const height = Math.max(MIN_SIZE, Math.min(input.height, input.maxheight ?? Infinity));
  const html = embedCode(input.origin, input.election, input.slug, input.title, input.options, height);
  return {
    version: "1.0",
    type: "rich",
    title: input.title,
    provider_name: input.providerName,
    provider_url: `${input.origin}/`,
    cache_age: 3600,
    html,
    width,
    height,
    thumbnail_url: `${input.origin}${chartFileHref(input.election, input.slug, "png", `?format=og&lang=${input.options.lang}${input.options.version ? `&v=${input.options.version}` : ""}`)}`,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
