// GET /api/oembed?url=&maxwidth=&maxheight=&format=json: oEmbed for our embed and dashboard URLs,
// with the election in them or legacy (Paris's, from before elections were in URLs); 404 for any
// other URL; 501 for format=xml (the spec's answer to a format we do not implement), 400 for any
// other format value.
import { buildChart, chartSlugs } from "@/lib/charts/registry";
import { isElection, LEGACY_ELECTION, loadDataset, loadVersion } from "@/lib/dataset/load";
import { oembedJson, resolveOembedUrl } from "@/lib/embed/oembed";
import { notFoundResponse, siteOrigin } from "@/lib/http/origin";
import { pick } from "@/lib/i18n";

function positive(value: string | null): number | undefined {
  const n = Number(value);
  return value !== null && Number.isFinite(n) && n > 0 ? Math.floor(n) : undefined;
}

/** A known election's charts and candidates, for resolving a URL; undefined for an unknown id. */
function lookup(election: string) {
  if (!isElection(election)) return undefined;
  const { dataset } = loadDataset(election);
  return { charts: chartSlugs(dataset), candidateIds: dataset.candidates.map((c) => c.id) };
}

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const format = params.get("format");
  if (format !== null && format !== "json") {
    return new Response("Only format=json is supported\n", { status: format === "xml" ? 501 : 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const origin = siteOrigin(request);
  const target = resolveOembedUrl(params.get("url") ?? "", origin, LEGACY_ELECTION, lookup);
  if (!target) return notFoundResponse();
  // A pinned URL embeds that version, and only a version the log knows.
  const loaded = target.options.version ? loadVersion(target.election, target.options.version) : loadDataset(target.election);
  if (!loaded) return notFoundResponse();
  const chart = buildChart(target.slug, { dataset: loaded.dataset, view: { hidden: [], highlight: target.options.highlight }, locale: target.options.lang });
  const body = oembedJson({
    origin,
    election: target.election,
    slug: target.slug,
    title: chart.texts.title,
    options: target.options,
    height: chart.embedHeight,
    maxwidth: positive(params.get("maxwidth")),
    maxheight: positive(params.get("maxheight")),
    providerName: pick(loaded.dataset.presentation.shortTitle, target.options.lang),
  });
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=3600" } });
}
