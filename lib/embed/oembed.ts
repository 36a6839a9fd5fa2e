// oEmbed (https://oembed.com, type "rich") for our embed and dashboard URLs.
import type { ChartSlug } from "../charts/types";
import { isLocale } from "../i18n/locales";
import { embedCode, parseEmbedOptions, parseVersionParam, type EmbedOptions } from "./options";

/** The chart and options a URL of ours stands for, or undefined for any other URL. */
export function resolveOembedUrl(raw: string, origin: string, isChart: (s: string) => s is ChartSlug, candidateIds: readonly string[]): { slug: ChartSlug; options: EmbedOptions } | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  // A malformed pinned version stands for nothing (the embed itself would be a 404).
  if (parseVersionParam(url.searchParams).kind === "malformed") return undefined;
  const embed = /^\/embed\/([a-z-]+)$/.exec(url.pathname);
  if (embed && isChart(embed[1]!)) return { slug: embed[1] as ChartSlug, options: parseEmbedOptions(url.searchParams, candidateIds) };
  // A dashboard URL: its #chart-{slug} if any, else the heatmap, in the dashboard's language.
  const lang = url.pathname.replace(/^\//, "");
  if (isLocale(lang)) {
    const fromHash = url.hash.replace(/^#chart-/, "");
    const slug: ChartSlug = isChart(fromHash) ? fromHash : "theme-heatmap";
    const options = parseEmbedOptions(url.searchParams, candidateIds);
    return { slug, options: { ...options, lang } };
  }
  return undefined;
}

const DEFAULT_WIDTH = 640;
const MIN_SIZE = 200;

/** The oEmbed JSON: width and height never beyond maxwidth/maxheight, as the spec requires. */
/** `height`: the chart's initial embed height (BuiltChart.embedHeight), before maxheight. */
export function oembedJson(input: { origin: string; slug: ChartSlug; title: string; options: EmbedOptions; height: number; maxwidth?: number; maxheight?: number; providerName: string }) {
  const width = Math.max(MIN_SIZE, Math.min(DEFAULT_WIDTH, input.maxwidth ?? DEFAULT_WIDTH));
  const height = Math.max(MIN_SIZE, Math.min(input.height, input.maxheight ?? Infinity));
  const html = embedCode(input.origin, input.slug, input.title, input.options, height);
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
    thumbnail_url: `${input.origin}/charts/${input.slug}.png?format=og&lang=${input.options.lang}${input.options.version ? `&v=${input.options.version}` : ""}`,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
