// A chart as a standalone SVG file: xmlns, <title> and <desc>, its own styles with concrete
// colours (no external stylesheet or font import), the title, takeaway and source line drawn in.
// The PNG download and the social-media images are rasterised from the same file.
import "server-only";
import type { BuiltChart } from "../charts/types";
import { wrapText } from "../geometry/shared";
import { escapeHtml } from "./options";
import { staticMarkup } from "./static-markup";
import { exportCss, tokenColour } from "./styles";

export const EXPORT_WIDTH = 800;
const PAD = 24;
const TITLE_Y = 40;
const LINE = 20;
const GAP = 16;
/** Characters per line of the takeaway at 15 px over the export's width. */
const TAKEAWAY_CHARS = 95;
const SOURCE_CHARS = 120;

/** The export's own rules: fonts every system has, and the title block. */
const EXPORT_RULES = (text: string, muted: string) =>
  `svg{font-family:"DejaVu Sans","Liberation Sans",Arial,Helvetica,sans-serif}` +
  `.export-title{font-size:22px;font-weight:700;fill:${text}}.export-takeaway{font-size:15px;fill:${text}}` +
  `.export-source{font-size:12px;fill:${muted}}`;

/** The standalone SVG document of a built chart, in one colour scheme. */
export function exportSvg(chart: BuiltChart, sourceLine: string, scheme: "light" | "dark", lang: string): { svg: string; width: number; height: number } {
  const text = tokenColour("--text", scheme);
  const muted = tokenColour("--muted", scheme);
  const takeaway = wrapText(chart.texts.takeaway, TAKEAWAY_CHARS);
  const source = wrapText(sourceLine, SOURCE_CHARS);
  const chartY = TITLE_Y + GAP + takeaway.length * LINE;
  const legendY = chartY + chart.height + GAP;
  const legend = chart.legend?.svg({ x: PAD, y: legendY });
  const sourceY = legendY + (legend ? legend.height + GAP : 0) + 12;
  const height = sourceY + (source.length - 1) * 16 + PAD;
  const body = staticMarkup(
    <>
      <rect width="100%" height="100%" fill={tokenColour("--bg", scheme)} />
      <text x={PAD} y={TITLE_Y} className="export-title">
        {chart.texts.title}
      </text>
      <text x={PAD} y={TITLE_Y + LINE + 6} className="export-takeaway">
        {takeaway.map((line, i) => (
          <tspan key={i} x={PAD} dy={i === 0 ? 0 : LINE}>
            {line}
          </tspan>
        ))}
      </text>
      {chart.svg({ titleId: "chart-title", descId: "chart-desc", box: { x: PAD, y: chartY, width: EXPORT_WIDTH - 2 * PAD } })}
      {legend?.element}
      <text x={PAD} y={sourceY} className="export-source">
        {source.map((line, i) => (
          <tspan key={i} x={PAD} dy={i === 0 ? 0 : 16}>
            {line}
          </tspan>
        ))}
      </text>
    </>,
  );
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${EXPORT_WIDTH}" height="${height}" viewBox="0 0 ${EXPORT_WIDTH} ${height}" role="img" aria-labelledby="chart-title chart-desc" lang="${lang}">` +
    `<title id="chart-title">${escapeHtml(chart.texts.title)}</title>` +
    `<desc id="chart-desc">${escapeHtml(chart.texts.description)}</desc>` +
    `<style>${exportCss(scheme, chart.exportClasses)}${EXPORT_RULES(text, muted)}</style>` +
    body +
    `</svg>\n`;
  return { svg, width: EXPORT_WIDTH, height };
}

/** The same chart fitted into a fixed canvas (social-media cards: 1200×630), centred on the background. */
export function fitSvg(file: { svg: string; width: number; height: number }, width: number, height: number, scheme: "light" | "dark"): string {
  const inner = file.svg.replace(/^<\?xml[^>]*>\n/, "").replace("<svg ", `<svg x="0" y="0" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet" `);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${tokenColour("--bg", scheme)}"/>${inner.replace(/ width="\d+" height="\d+" viewBox/, " viewBox")}</svg>`;
}
