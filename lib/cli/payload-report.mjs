// `npm run payload [-- PATH_OR_URL …]`: what a page's inline React payload carries, by kind (chart
// SVG, data tables, each client island's props, head metadata, the framework's own parts, the rest
// of the page's markup), with its `"$undefined"` props and the strings it sends more than once;
// and the document's size raw and Brotli-compressed (quality 11), markup against scripts.
// Full URLs are fetched as given (a running server); paths start `next start` on PAYLOAD_PORT
// (3330 by default) for the build in .next/. Without arguments: Paris 2020's dashboard in both
// languages, and a shared view with a cell open.
import { brotliCompressSync, constants } from "node:zlib";
import { flightChunks, flightRows, flightText, payloadBreakdown } from "./flight-payload.mjs";
import { startProductionServer } from "./serve.mjs";

const DEFAULT_PAGES = ["/fr/paris-2020", "/en/paris-2020", "/fr/paris-2020?cell=hidalgo.platforms"];
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
let server;
try {
  if (pages.some((p) => !/^https?:/.test(p))) server = await startProductionServer(PORT);
  for (const page of pages) {
    const url = /^https?:/.test(page) ? page : `${server.base}${page}`;
    const response = await fetch(url, { headers: { Accept: "text/html" } });
    if (!response.ok) throw new Error(`${page} answered ${response.status}`);
    console.log(report(page, await response.text()).join("\n"));
  }
} catch (error) {
  console.error(`payload report failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await server?.stop();
}
