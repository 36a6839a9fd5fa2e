// GET /embed/{election}/{chart}?lang=&theme=&highlight=&v=: one chart as a light, self-sizing page
// for iframes. Also the legacy /embed/{chart} (Paris 2020's charts, pasted into articles before
// elections were in URLs): SERVED by the same code, never redirected, so an iframe never follows a
// redirect and keeps its budget. `v` pins a data version: that version's chart, long-lived (PINNED_CACHE_CONTROL); a
// malformed or unknown one, like an unknown election or chart, is a 404 echoing nothing.
import { buildChart, isChartSlug } from "@/lib/charts/registry";
import { correctedMark } from "@/lib/corrections/marks";
import { isElection, LEGACY_ELECTION, loadDataset } from "@/lib/dataset/load";
import { embedHtml } from "@/lib/embed/embed-page";
import { parseEmbedOptions } from "@/lib/embed/options";
import { embedInlineScript } from "@/lib/embed/scripts";
import { fileResponse } from "@/lib/http/dataset-response";
import { scriptHash } from "@/lib/http/inline-scripts.mjs";
import { notFoundResponse, SHARED_CACHE_CONTROL, siteOrigin } from "@/lib/http/origin";
import { requestedData } from "@/lib/http/requested-data";
import { embedCsp, fileCsp } from "@/lib/http/security";
import { pick } from "@/lib/i18n";
import { dashboardHref, parseEmbedPath } from "@/lib/routes";

/** A 404 under /embed/ is no page: nothing runs in it and no site may frame it (next.config.js lets /embed/* be framed). */
function embedNotFound(): Response {
  const response = notFoundResponse();
  response.headers.set("Content-Security-Policy", fileCsp());
  response.headers.set("X-Frame-Options", "DENY");
  return response;
}

export async function GET(request: Request, { params }: RouteContext<"/embed/[...path]">): Promise<Response> {
  const path = parseEmbedPath((await params).path, LEGACY_ELECTION);
  if (!path || !isElection(path.election) || !isChartSlug(loadDataset(path.election).dataset, path.chart)) return embedNotFound();
  const { election, chart } = path;
  const searchParams = new URL(request.url).searchParams;
  const requested = requestedData(election, searchParams);
  if (!requested) return embedNotFound();
  const { dataset } = requested.loaded;
  const options = parseEmbedOptions(
    searchParams,
    dataset.candidates.map((c) => c.id),
  );
  const origin = siteOrigin(request);
  const view = { hidden: [], highlight: options.highlight, ...(options.version ? { version: options.version } : {}) };
  const built = buildChart(chart, { dataset, view, locale: options.lang, linkBase: `${origin}${dashboardHref(options.lang, election)}` });
  const html = embedHtml({ election, chart: built, options, origin, citation: pick(dataset.source.citation, options.lang), corrected: correctedMark(dataset, options.lang, origin) });
  // The embed's only script is inline: the policy allows exactly it, by hash, and lets any site frame it.
  const csp = embedCsp(scriptHash(embedInlineScript(chart)));
  const headers = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": SHARED_CACHE_CONTROL, "Content-Security-Policy": csp };
  return fileResponse(html, headers, requested.pinned ? { ifNoneMatch: request.headers.get("if-none-match") } : undefined);
}
