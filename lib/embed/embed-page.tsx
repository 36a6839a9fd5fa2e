// The embed page: one chart, bare (title, takeaway, chart, key, source line, a link to the
// dashboard), rendered to static HTML with inline CSS and a few hundred bytes of inline script.
import "server-only";
import { DataTable } from "@/components/DataTable";
import type { BuiltChart } from "../charts/types";
import { getDictionary } from "../i18n";
import { chartFileHref, dashboardHref, embedHref, ICON_PATH, oembedHref } from "../routes";
import { viewQuery } from "../view";
import { type EmbedOptions, embedQuery, escapeHtml } from "./options";
import { embedInlineScript } from "./scripts";
import { staticMarkup } from "./static-markup";
import { embedCss } from "./styles";

/** Layout of the bare embed: no page chrome, the chart's own background, no horizontal scroll. */
const EMBED_RULES =
  "body{margin:0}.embed{padding:8px 4px 4px;max-width:52rem}.embed h1{font-size:1.2rem;margin:0 0 .25rem}" +
  ".embed .chart-takeaway{font-size:1rem;margin:0 0 .75rem}.embed-footer{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.85rem;color:var(--muted);margin-top:.5rem}" +
  ".embed-footer p{margin:0}";

/** Everything an embed shows, in the options' language. */
export interface EmbedPageInput {
  /** The election the chart belongs to: its dashboard is the embed's way out. */
  election: string;
  chart: BuiltChart;
  options: EmbedOptions;
  origin: string;
  citation: string;
  /** "Corrigé le …" and the log entry it links to, when the shown version has corrections. */
  corrected?: { label: string; href: string };
}

/** The complete HTML document of `/embed/{election}/{chart}` (and of the legacy `/embed/{chart}`). */
export function embedHtml({ election, chart, options, origin, citation, corrected }: EmbedPageInput): string {
  const t = getDictionary(options.lang);
  const slug = chart.slug;
  const query = embedQuery(options);
  // A pinned embed's way out keeps its version: the dashboard shows the same data.
  const dashboard = `${origin}${dashboardHref(options.lang, election, viewQuery({ hidden: [], version: options.version }), `chart-${slug}`)}`;
  const selfUrl = `${origin}${embedHref(election, slug, query)}`;
  const ogImage = `${origin}${chartFileHref(election, slug, "png", `?format=og${query ? `&${query.slice(1)}` : ""}`)}`;
  const file = (format: "png" | "svg" | "csv") => `${origin}${chartFileHref(election, slug, format, query)}`;
  const scheme = options.theme === "auto" ? "light dark" : options.theme;
  const body = staticMarkup(
    <main className="embed">
      <h1 id="chart-title">{chart.texts.title}</h1>
      <p className="chart-takeaway">{chart.texts.takeaway}</p>
      <figure className="chart-figure">
        <p id="chart-desc" className="visually-hidden">
          {chart.texts.description}
        </p>
        {chart.svg({ titleId: "chart-title", descId: "chart-desc" })}
        {chart.legend?.html}
      </figure>
      <details className="chart-details">
        <summary>{t.charts.table}</summary>
        {chart.tables.map((table, i) => (
          <DataTable key={i} table={table} />
        ))}
      </details>
      <footer className="embed-footer">
        <p>
          {t.charts.sourceLine(citation)}
          {corrected && (
            <>
              {" "}
              <a href={corrected.href} target="_blank" rel="noopener" className="embed-corrected">
                {corrected.label}
              </a>
            </>
          )}
        </p>
        <p>
          <a href={dashboard}>{t.embed.fullDashboard}</a>
        </p>
        <p>
          {t.embed.download} <a href={file("png")}>PNG</a> · <a href={file("svg")}>SVG</a> · <a href={file("csv")}>CSV</a>
        </p>
      </footer>
    </main>,
  );
  const head = [
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="color-scheme" content="${scheme}">`,
    `<title>${escapeHtml(chart.texts.title)}</title>`,
    `<link rel="icon" href="${origin}${ICON_PATH}" type="image/svg+xml">`,
    `<meta name="description" content="${escapeHtml(chart.texts.takeaway)}">`,
    // Links open outside the iframe, in a new tab, where the reader can keep reading.
    `<base target="_blank">`,
    `<link rel="canonical" href="${escapeHtml(`${origin}${dashboardHref(options.lang, election, "", `chart-${slug}`)}`)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(`${origin}${oembedHref(selfUrl)}`)}" title="${escapeHtml(chart.texts.title)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${escapeHtml(chart.texts.title)}">`,
    `<meta property="og:description" content="${escapeHtml(chart.texts.takeaway)}">`,
    `<meta property="og:image" content="${escapeHtml(ogImage)}">`,
    `<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<style>${embedCss()}${EMBED_RULES}</style>`,
  ].join("");
  const themeAttr = options.theme === "auto" ? "" : ` data-theme="${options.theme}"`;
  return `<!DOCTYPE html><html lang="${options.lang}"${themeAttr}><head>${head}</head><body>${body}<script>${embedInlineScript(slug)}</script></body></html>`;
}
