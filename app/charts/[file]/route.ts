// GET /charts/{chart}.svg|.png|.csv?lang=&theme=&highlight=: one chart as a file. The PNG is the
// SVG rasterised at 2x (or fitted into 1200×630 with ?format=og, for social cards).
import { Resvg } from "@resvg/resvg-js";
import { buildChart, isChartSlug } from "@/lib/charts/registry";
import { loadDataset } from "@/lib/dataset/load";
import { toCsv } from "@/lib/embed/csv";
import { exportSvg, fitSvg } from "@/lib/embed/export-svg";
import { parseEmbedOptions } from "@/lib/embed/options";
import { notFoundResponse, SHARED_CACHE_CONTROL, siteOrigin } from "@/lib/http/origin";
import { getDictionary, pick } from "@/lib/i18n";

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
  if (!isChartSlug(slug)) return notFoundResponse();
  const { dataset } = loadDataset();
  const url = new URL(request.url);
  const options = parseEmbedOptions(url.searchParams, dataset.candidates.map((c) => c.id));
  const origin = siteOrigin(request);
  const chart = buildChart(slug, { dataset, view: { hidden: [], highlight: options.highlight }, locale: options.lang, linkBase: `${origin}/${options.lang}` });
  const name = `paris-2020-${slug}-${options.lang}`;
  const headers = (type: string, ext: string) => ({
    "Content-Type": type,
    "Cache-Control": SHARED_CACHE_CONTROL,
    "Content-Disposition": `inline; filename="${name}.${ext}"`,
  });

  if (extension === "csv") return new Response(toCsv(chart.csv), { headers: headers("text/csv; charset=utf-8", "csv") });
  const scheme = options.theme === "dark" ? "dark" : "light";
  const sourceLine = getDictionary(options.lang).charts.sourceLine(pick(dataset.source.citation, options.lang));
  const drawing = exportSvg(chart, sourceLine, scheme, options.lang);
  if (extension === "svg") return new Response(drawing.svg, { headers: headers("image/svg+xml; charset=utf-8", "svg") });
  const body = url.searchParams.get("format") === "og" ? png(fitSvg(drawing, OG.width, OG.height, scheme), 1) : png(drawing.svg, 2);
  return new Response(body, { headers: headers("image/png", "png") });
}
