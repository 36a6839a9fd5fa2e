// GET /embed/{election}/{chart}?lang=&theme=&highlight=&v=: one chart as a light, self-sizing page
// for iframes. Also the legacy /embed/{chart} (Paris 2020's charts, pasted into articles before
// elections were in URLs): SERVED by the same code, never redirected, so an iframe never follows a
// redirect and keeps its budget. `v` pins a data version: that version's chart, long-lived (PINNED_CACHE_CONTROL); a
// malformed or unknown one, like an unknown election or chart, is a 404 echoing nothing.
import { correctedMark } from "@/lib/corrections/marks";
import { LEGACY_ELECTION } from "@/lib/dataset/load";
import { embedHtml } from "@/lib/embed/embed-page";
import { embedInlineScript } from "@/lib/embed/scripts";
import { fileResponse } from "@/lib/http/dataset-response";
import { scriptHash } from "@/lib/http/inline-scripts.mjs";
import { notFoundResponse, SHARED_CACHE_CONTROL, siteOrigin } from "@/lib/http/origin";
import { requestedChart } from "@/lib/http/requested-data";
import { embedCsp, fileCsp } from "@/lib/http/security";
import { pick } from "@/lib/i18n";
import { parseEmbedPath } from "@/lib/routes";

/** A 404 under /embed/ is no page: nothing runs in it and no site may frame it (next.config.js lets /embed/* be framed). */
function embedNotFound(): Response {
  const response = notFoundResponse();
  response.headers.set("Content-Security-Policy", fileCsp());
  response.headers.set("X-Frame-Options", "DENY");
  return response;
}

export async function GET(request: Request, { params }: RouteContext<"/embed/[...path]">): Promise<Response> {
  const path = parseEmbedPath((await params).path, LEGACY_ELECTION);
  const origin = siteOrigin(request);
  const requested = path && requestedChart(request, origin, path.election, path.chart);
  if (!path || !requested) return embedNotFound();
  const { dataset, options, chart } = requested;
  const html = embedHtml({ election: path.election, chart, options, origin, citation: pick(dataset.source.citation, options.lang), corrected: correctedMark(dataset, options.lang, origin) });
  // The embed's only script is inline: the policy allows exactly it, by hash, and lets any site frame it.
  const csp = embedCsp(scriptHash(embedInlineScript(path.chart)));
  const headers = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": SHARED_CACHE_CONTROL, "Content-Security-Policy": csp };
  return fileResponse(html, headers, requested.pinned);
}
