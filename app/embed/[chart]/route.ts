// GET /embed/{chart}?lang=&theme=&highlight=&v=: one chart as a light, self-sizing page for
// iframes. `v` pins a data version: that version's chart, immutable; a malformed or unknown one is a 404.
import { buildChart, isChartSlug } from "@/lib/charts/registry";
import { correctedMark } from "@/lib/corrections/marks";
import { embedHtml } from "@/lib/embed/embed-page";
import { parseEmbedOptions } from "@/lib/embed/options";
import { embedInlineScript } from "@/lib/embed/scripts";
import { scriptHash } from "@/lib/http/inline-scripts.mjs";
import { fileResponse } from "@/lib/http/dataset-response";
import { embedCsp } from "@/lib/http/security";
import { notFoundResponse, SHARED_CACHE_CONTROL, siteOrigin } from "@/lib/http/origin";
import { LEGACY_ELECTION, loadDataset } from "@/lib/dataset/load";
import { requestedData } from "@/lib/http/requested-data";
import { pick } from "@/lib/i18n";

export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }): Promise<Response> {
  const { chart } = await params;
  if (!isChartSlug(loadDataset(LEGACY_ELECTION).dataset, chart)) return notFoundResponse();
  const searchParams = new URL(request.url).searchParams;
  const requested = requestedData(searchParams);
  if (!requested) return notFoundResponse();
  const { dataset } = requested.loaded;
  const options = parseEmbedOptions(searchParams, dataset.candidates.map((c) => c.id));
  const origin = siteOrigin(request);
  const view = { hidden: [], highlight: options.highlight, ...(options.version ? { version: options.version } : {}) };
  const built = buildChart(chart, { dataset, view, locale: options.lang, linkBase: `${origin}/${options.lang}` });
  const html = embedHtml({ chart: built, options, origin, citation: pick(dataset.source.citation, options.lang), corrected: correctedMark(dataset, options.lang, origin) });
  // The embed's only script is inline: the policy allows exactly it, by hash, and lets any site frame it.
  const csp = embedCsp(scriptHash(embedInlineScript(chart)));
  const headers = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": SHARED_CACHE_CONTROL, "Content-Security-Policy": csp };
  return fileResponse(html, headers, requested.pinned ? { ifNoneMatch: request.headers.get("if-none-match") } : undefined);
}
