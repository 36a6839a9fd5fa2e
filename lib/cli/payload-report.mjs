// `npm run payload [-- PATH_OR_URL …]`: what a page's inline React payload carries, by kind (chart
// SVG, data tables, each client island's props, head metadata, the framework's own parts, the rest
// of the page's markup), with its `"$undefined"` props and the strings it sends more than once;
// and the document's size raw and Brotli-compressed (quality 11), markup against scripts.
// Full URLs are fetched as given (a running server); a saved HTML file is read; paths start
// `next start` on PAYLOAD_PORT (3330 by default) for the build in .next/. Without arguments: Paris
// 2020's dashboard in both languages, and a shared view with its heaviest cell open.
import { existsSync, readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { flightChunks, flightRows, flightText, payloadBreakdown } from "./flight-payload.mjs";
import { landingViews } from "./landing-views.mjs";
import { startProductionServer } from "./serve.mjs";

const DEFAULT_PAGES = landingViews(JSON.parse(readFileSync("data/elections/paris-2020.json", "utf8")), ["fr", "en"]);
const PORT = Number(process.env.PAYLOAD_PORT ?? 3330);
/** Repeated strings listed by name, the heaviest first. */
const TOP_REPEATED = 5;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const br = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The report of one document, as lines. */
function report(label, html) {
  const scripts = [...html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
  const size = Buffer.byteLength(html);
  const { total, kinds, undefinedProps, repeated } = payloadBreakdown(flightRows(flightText(html)));
  const lines = [
    `${label}`,
    `  HTML ${kb(size)} (Brotli ${kb(br(html))}): markup ${kb(size - scripts)}, inline scripts ${kb(scripts)}, of which the React payload ${kb(total)} in ${flightChunks(html)} scripts`,
    "  the React payload by kind:",
    ...Object.entries(kinds).map(([kind, bytes]) => `    ${kind.padEnd(36)} ${kb(bytes).padStart(9)}  ${((100 * bytes) / total).toFixed(0).padStart(3)} %`),
    `  "$undefined" props: ${undefinedProps}`,
    `  strings sent more than once: ${kb(repeated.reduce((n, r) => n + r.extraBytes, 0))} extra`,
    ...repeated.slice(0, TOP_REPEATED).map((r) => `    ×${r.times} ${JSON.stringify(r.text.length > 60 ? `${r.text.slice(0, 59)}…` : r.text)}`),
  ];
  return lines;
}

const targets = process.argv.slice(2);
const pages = targets.length ? targets : DEFAULT_PAGES;
const isUrl = (page) => /^https?:/.test(page);
let server;
try {
  if (pages.some((p) => !isUrl(p) && !existsSync(p))) server = await startProductionServer(PORT);
  for (const page of pages) {
    if (!isUrl(page) && existsSync(page)) {
      console.log(report(page, readFileSync(page, "utf8")).join("\n"));
      continue;
    }
    const response = await fetch(isUrl(page) ? page : `${server.base}${page}`, { headers: { Accept: "text/html" } });
    if (!response.ok) throw new Error(`${page} answered ${response.status}`);
    console.log(report(page, await response.text()).join("\n"));
  }
} catch (error) {
  console.error(`payload report failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await server?.stop();
}
