// GET /api/oembed?url=&maxwidth=&maxheight=&format=json: oEmbed for our embed and dashboard URLs;
// 404 for any other URL; 501 for format=xml (the spec's answer to a format we do not implement),
// 400 for any other format value.
import { buildChart, isChartSlug } from "@/lib/charts/registry";
import { LEGACY_ELECTION, loadDataset, loadVersion } from "@/lib/dataset/load";
import { oembedJson, resolveOembedUrl } from "@/lib/embed/oembed";
import { notFoundResponse, siteOrigin } from "@/lib/http/origin";
import { getDictionary } from "@/lib/i18n";

function positive(value: string | null): number | undefined {
  const n = Number(value);
  return value !== null && Number.isFinite(n) && n > 0 ? Math.floor(n) : undefined;
}

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const format = params.get("format");
  if (format !== null && format !== "json") {
    return new Response("Only format=json is supported\n", { status: format === "xml" ? 501 : 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const origin = siteOrigin(request);
  const target = resolveOembedUrl(params.get("url") ?? "", origin, (s): s is string => isChartSlug(loadDataset(LEGACY_ELECTION).dataset, s), loadDataset(LEGACY_ELECTION).dataset.candidates.map((c) => c.id));
  // A pinned URL embeds that version, and only a version the log knows.
  const loaded = target?.options.version ? loadVersion(LEGACY_ELECTION, target.options.version) : loadDataset(LEGACY_ELECTION);
  if (!target || !loaded) return notFoundResponse();
  const chart = buildChart(target.slug, { dataset: loaded.dataset, view: { hidden: [], highlight: target.options.highlight }, locale: target.options.lang });
  const body = oembedJson({
    origin,
    slug: target.slug,
    title: chart.texts.title,
    options: target.options,
    height: chart.embedHeight,
    maxwidth: positive(params.get("maxwidth")),
    maxheight: positive(params.get("maxheight")),
    providerName: getDictionary(target.options.lang).site.shortTitle,
  });
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=3600" } });
}
