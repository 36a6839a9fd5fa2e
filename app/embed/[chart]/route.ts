// GET /embed/{chart}?lang=&theme=&highlight=: one chart as a light, self-sizing page for iframes.
import { buildChart, isChartSlug } from "@/lib/charts/registry";
import { loadDataset } from "@/lib/dataset/load";
import { embedHtml } from "@/lib/embed/embed-page";
import { parseEmbedOptions } from "@/lib/embed/options";
import { embedInlineScript } from "@/lib/embed/scripts";
import { scriptHash } from "@/lib/http/inline-scripts.mjs";
import { embedCsp } from "@/lib/http/security";
import { notFoundResponse, SHARED_CACHE_CONTROL, siteOrigin } from "@/lib/http/origin";
import { pick } from "@/lib/i18n";

export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }): Promise<Response> {
  const { chart } = await params;
  if (!isChartSlug(chart)) return notFoundResponse();
  const { dataset } = loadDataset();
  const options = parseEmbedOptions(new URL(request.url).searchParams, dataset.candidates.map((c) => c.id));
  const origin = siteOrigin(request);
  const built = buildChart(chart, { dataset, view: { hidden: [], highlight: options.highlight }, locale: options.lang, linkBase: `${origin}/${options.lang}` });
  const html = embedHtml({ chart: built, options, origin, citation: pick(dataset.source.citation, options.lang) });
  // The embed's only script is inline: the policy allows exactly it, by hash, and lets any site frame it.
  const csp = embedCsp(scriptHash(embedInlineScript(chart)));
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": SHARED_CACHE_CONTROL, "Content-Security-Policy": csp } });
}
