// GET /charts/{chart}.svg|.png|.csv?lang=&theme=&highlight=&v=: one chart as a file. The PNG is the
// SVG rasterised at 2x (or fitted into 1200×630 with ?format=og, for social cards). Every file's
// source line names the data's version; `v` pins one (immutable; malformed or unknown: 404).
import { Resvg } from "@resvg/resvg-js";
import { buildChart, isChartSlug } from "@/lib/charts/registry";
import { versionedSourceLine } from "@/lib/corrections/marks";
import { toCsv } from "@/lib/embed/csv";
import { exportSvg, fitSvg } from "@/lib/embed/export-svg";
import { parseEmbedOptions } from "@/lib/embed/options";
import { fileResponse } from "@/lib/http/dataset-response";
import { notFoundResponse, SHARED_CACHE_CONTROL, siteOrigin } from "@/lib/http/origin";
import { LEGACY_ELECTION, loadDataset } from "@/lib/dataset/load";
import { requestedData } from "@/lib/http/requested-data";

const OG = { width: 1200, height: 630 };

function png(svg: string, zoom: number): ArrayBuffer {
  const renderer = new Resvg(svg, { fitTo: { mode: "zoom", value: zoom }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } });
  const bytes = renderer.render().asPng();
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const match = /^([a-z-]+)\.(svg|png|csv)$/.exec(file);
  const slug = match?.[1];
  const extension = match?.[2];
  if (!isChartSlug(loadDataset(LEGACY_ELECTION).dataset, slug)) return notFoundResponse();
  const url = new URL(request.url);
  const requested = requestedData(url.searchParams);
  if (!requested) return notFoundResponse();
  const { dataset } = requested.loaded;
  const options = parseEmbedOptions(url.searchParams, dataset.candidates.map((c) => c.id));
  const origin = siteOrigin(request);
  const view = { hidden: [], highlight: options.highlight, ...(options.version ? { version: options.version } : {}) };
  const chart = buildChart(slug, { dataset, view, locale: options.lang, linkBase: `${origin}/${options.lang}` });
  const pinned = requested.pinned ? { ifNoneMatch: request.headers.get("if-none-match") } : undefined;
  const name = `paris-2020-${slug}-${options.lang}${options.version ? `-v${options.version}` : ""}`;
  const headers = (type: string, ext: string) => ({
    "Content-Type": type,
    "Cache-Control": SHARED_CACHE_CONTROL,
    "Content-Disposition": `inline; filename="${name}.${ext}"`,
  });

  const sourceLine = versionedSourceLine(dataset, options.lang);
  if (extension === "csv") return fileResponse(toCsv(chart.csv, sourceLine), headers("text/csv; charset=utf-8", "csv"), pinned);
  const scheme = options.theme === "dark" ? "dark" : "light";
  const drawing = exportSvg(chart, sourceLine, scheme, options.lang);
  if (extension === "svg") return fileResponse(drawing.svg, headers("image/svg+xml; charset=utf-8", "svg"), pinned);
  const body = url.searchParams.get("format") === "og" ? png(fitSvg(drawing, OG.width, OG.height, scheme), 1) : png(drawing.svg, 2);
  return fileResponse(body, headers("image/png", "png"), pinned);
}
