// Which data a request for the dataset, an embed or a download asks for: an election's latest (no
// `v`), or one pinned version of its history (`v=` a version id). A malformed or unknown `v` asks
// for nothing: the route answers 404, echoing nothing of it.
import "server-only";
import { buildChart, isChartSlug } from "@/lib/charts/registry";
import type { BuiltChart } from "@/lib/charts/types";
import { isElection, type LoadedDataset, loadDataset, loadVersion } from "@/lib/dataset/load";
import type { Dataset } from "@/lib/dataset/schema";
import { type EmbedOptions, parseEmbedOptions, parseVersionParam } from "@/lib/embed/options";
import { dashboardHref } from "@/lib/routes";

/** The data to serve, and whether a version was pinned (long-lived answers); undefined: 404. */
export interface RequestedData {
  loaded: LoadedDataset;
  pinned: boolean;
}

/** A known election's latest data without `v`; the version `v` names; undefined for a malformed or unknown `v`. */
export function requestedData(election: string, params: URLSearchParams): RequestedData | undefined {
  const param = parseVersionParam(params);
  if (param.kind === "latest") return { loaded: loadDataset(election), pinned: false };
  if (param.kind === "malformed") return undefined;
  const loaded = loadVersion(election, param.version);
  return loaded ? { loaded, pinned: true } : undefined;
}

/** One chart as an embed or a download asks for it: its data, the reader's options, the chart built for them. */
export interface RequestedChart {
  dataset: Dataset;
  options: EmbedOptions;
  chart: BuiltChart;
  /** Set for a pinned version: the client's If-None-Match, for a 304 (fileResponse). */
  pinned: { ifNoneMatch: string | null } | undefined;
}

/**
 * The chart an embed or a download URL names, built with its options (`lang`, `theme`,
 * `highlight`, `v`), its marks linking to the election's dashboard at `origin`; undefined for an
 * unknown election or chart, or a malformed or unknown version (the route answers 404).
 */
export function requestedChart(request: Request, origin: string, election: string, slug: string): RequestedChart | undefined {
  if (!isElection(election) || !isChartSlug(loadDataset(election).dataset, slug)) return undefined;
  const params = new URL(request.url).searchParams;
  const requested = requestedData(election, params);
  if (!requested) return undefined;
  const { dataset } = requested.loaded;
  const options = parseEmbedOptions(
    params,
    dataset.candidates.map((c) => c.id),
  );
  const view = { hidden: [], highlight: options.highlight, ...(options.version ? { version: options.version } : {}) };
  const chart = buildChart(slug, { dataset, view, locale: options.lang, linkBase: `${origin}${dashboardHref(options.lang, election)}` });
  return { dataset, options, chart, pinned: requested.pinned ? { ifNoneMatch: request.headers.get("if-none-match") } : undefined };
}
