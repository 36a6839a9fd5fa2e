// GET /charts/{election}/{chart}.svg|.png|.csv?lang=&theme=&highlight=&v=: one chart as a file,
// named `{election}-{chart}-{lang}.{ext}`. Also the legacy /charts/{chart}.{ext} (Paris 2020's,
// from before elections were in URLs), served by the same code. The PNG is the SVG rasterised at
// 2x (or fitted into 1200×630 with ?format=og, for social cards) by lib/embed/raster.ts. Every
// file's source line names the data's version; `v` pins one (long-lived; malformed or unknown:
// 404, as is an unknown election or chart).
import { versionedSourceLine } from "@/lib/corrections/marks";
import { LEGACY_ELECTION } from "@/lib/dataset/load";
import { toCsv } from "@/lib/embed/csv";
import { exportSvg, fitSvg } from "@/lib/embed/export-svg";
import { svgToPngAsync } from "@/lib/embed/raster";
import { fileResponse } from "@/lib/http/dataset-response";
import { notFoundResponse, SHARED_CACHE_CONTROL, siteOrigin } from "@/lib/http/origin";
import { requestedChart } from "@/lib/http/requested-data";
import { parseChartFilePath } from "@/lib/routes";

const OG = { width: 1200, height: 630 };

/** The PNG of `svg` at `zoom`, as the bytes a Response takes; drawn and compressed off the event loop. */
async function png(svg: string, zoom: number): Promise<ArrayBuffer> {
  const bytes = await svgToPngAsync(svg, zoom);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export async function GET(request: Request, { params }: RouteContext<"/charts/[...path]">): Promise<Response> {
  const path = parseChartFilePath((await params).path, LEGACY_ELECTION);
  const requested = path && requestedChart(request, siteOrigin(request), path.election, path.chart);
  if (!path || !requested) return notFoundResponse();
  const { election, chart: slug, format } = path;
  const { dataset, options, chart, pinned } = requested;
  const name = `${election}-${slug}-${options.lang}${options.version ? `-v${options.version}` : ""}`;
  const headers = (type: string) => ({
    "Content-Type": type,
    "Cache-Control": SHARED_CACHE_CONTROL,
    "Content-Disposition": `inline; filename="${name}.${format}"`,
  });

  const sourceLine = versionedSourceLine(dataset, options.lang);
  if (format === "csv") return fileResponse(toCsv(chart.csv, sourceLine), headers("text/csv; charset=utf-8"), pinned);
  const scheme = options.theme === "dark" ? "dark" : "light";
  const drawing = exportSvg(chart, sourceLine, scheme, options.lang);
  if (format === "svg") return fileResponse(drawing.svg, headers("image/svg+xml; charset=utf-8"), pinned);
  const body = new URL(request.url).searchParams.get("format") === "og" ? await png(fitSvg(drawing, OG.width, OG.height, scheme), 1) : await png(drawing.svg, 2);
  return fileResponse(body, headers("image/png"), pinned);
}
