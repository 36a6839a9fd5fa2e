// `npm run budget`, after a build:
// - first-load JavaScript of every page against Next.js's own baseline (the framework's 404 page),
//   gzipped, from .next/diagnostics/route-bundle-stats.json: the presenter (which draws in the
//   browser) at most 52 KB above it; every reader page none (0.5 KB of slack), since the byte cache
//   sends reader pages without Next.js's scripts (lib/http/lean-page.ts): client code there would
//   never run. The dashboard's chunks carry no d3/visx code;
// - each dashboard page a reader lands on (Paris 2020 in both languages, the default view and a
//   shared view with its heaviest cell open) within 25 KB of HTML on the wire (Brotli) and 1,000
//   elements in a real browser, and the JavaScript it really loads (served by the byte cache: no
//   framework script, only the site script and two inline ones) within 5 KB, measured on `next start`;
// - each embed's total transfer (HTML with its inline CSS and JS; embeds load nothing else) within
//   30 KB gzipped, its JavaScript within 10 KB, and /embed.js under 1 KB, measured on `next start`.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { landingViews } from "./landing-views.mjs";
import { loadedPages, pageOnTheWire } from "./page-weight.mjs";
import { startProductionServer } from "./serve.mjs";

const STATS = ".next/diagnostics/route-bundle-stats.json";
const BASELINE_ROUTE = "/_not-found";
/** Budgets above the baseline, per route: the presenter's; every other route is a reader page. */
const DASHBOARD_ROUTE = "/[lang]/[election]";
const BUDGETS = {
  // The presenter redraws slides in the browser from live data (its schema check, zod, loads after
  // the page): heavier, loaded once on a studio machine. 52 KB since issue 13's faults and speed work
  // (+50.6 KB measured); both languages' whole dictionaries ride along (fr.ts and en.ts are 10.9 KB
  // gzipped as source), the first thing to cut when it grows again.
  "/[lang]/[election]/present": 52 * 1024,
};
// A reader page has no client component (DESIGN.md §8 allowed the dashboard 25 KB, issue 12 3 KB):
// its behaviour is the site script's (lib/site-script/, measured below), and the byte cache strips
// Next.js's scripts from it, so a client component added to one would silently never run.
const DEFAULT_BUDGET = 512;
// Method names of d3-scale that minifiers keep (they are properties): their presence in a client
// chunk means chart maths is being shipped to the browser.
const SERVER_ONLY_MARKERS = ["paddingInner", "interpolateRound", "tickFormat"];

if (!existsSync(STATS)) {
  console.error(`${STATS} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const routes = JSON.parse(readFileSync(STATS, "utf8"));
const gz = (paths) => paths.reduce((n, p) => n + gzipSync(readFileSync(p), { level: 9 }).length, 0);
const baseline = routes.find((r) => r.route === BASELINE_ROUTE);
if (!baseline) {
  console.error(`no ${BASELINE_ROUTE} route in ${STATS}: cannot measure the baseline`);
  process.exit(1);
}
const baselineGz = gz(baseline.firstLoadChunkPaths);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;

console.log(`first-load JavaScript, gzipped, against the baseline (${BASELINE_ROUTE})`);
for (const route of routes) {
  const size = gz(route.firstLoadChunkPaths);
  const above = size - baselineGz;
  const budget = BUDGETS[route.route] ?? DEFAULT_BUDGET;
  const over = route !== baseline && above > budget;
  failed ||= over;
  const why = over && budget === DEFAULT_BUDGET ? " (client code on a reader page: the byte cache strips it, so it would never run)" : "";
  console.log(
    `  ${route.route.padEnd(44)} ${kb(size).padStart(9)}  ${route === baseline ? "(baseline)" : `${above >= 0 ? "+" : ""}${kb(above)} of +${kb(budget)} ${over ? `OVER BUDGET${why}` : "ok"}`}`,
  );
  // The presenter draws slides in the browser (live data), so only the dashboard is held to "no chart maths".
  for (const chunk of route.route === DASHBOARD_ROUTE ? route.firstLoadChunkPaths : []) {
    const text = readFileSync(chunk, "utf8");
    const marker = SERVER_ONLY_MARKERS.find((m) => text.includes(m));
    if (marker) {
      failed = true;
      console.log(`  ${route.route}: ${chunk} contains "${marker}": d3/visx code reached the browser`);
    }
  }
}
// Paris 2020's charts at their URLs, and one legacy URL (editors' iframes from before elections
// were in URLs), served by the same code, to prove it keeps the same budget.
const EMBEDS = [...["theme-heatmap", "cameras", "rental-caps", "keywords"].map((chart) => `/embed/paris-2020/${chart}`), "/embed/cameras"];
const EMBED_TOTAL = 30 * 1024;
const EMBED_JS = 10 * 1024;
const HOST_SCRIPT_MAX = 1024;
const PORT = Number(process.env.BUDGET_PORT ?? 3300);

/** A dashboard page's budget: HTML on the wire, Brotli-compressed, and elements once loaded in a browser (DESIGN.md §8). */
const PAGE_BROTLI = 25 * 1024;
const PAGE_ELEMENTS = 1000;
/** The JavaScript a dashboard page loads, as served: the site script on the wire and the inline scripts gzipped; any of Next.js's chunks is over budget (the byte cache strips them, lib/http/lean-page.ts). */
const PAGE_JS = 5 * 1024;
/** Paris 2020's dashboards as readers land on them: the default view and a shared link with its heaviest cell open, in French and English. */
const PAGES = landingViews(JSON.parse(readFileSync("data/elections/paris-2020.json", "utf8")), ["fr", "en"]);

let server;
try {
  server = await startProductionServer(PORT);
  const { base } = server;
  console.log(`dashboard pages (budgets: ${kb(PAGE_BROTLI)} of HTML on the wire, Brotli; ${PAGE_ELEMENTS} elements in Chromium; ${kb(PAGE_JS)} of JavaScript loaded)`);
  const loaded = await loadedPages(PAGES.map((p) => `${base}${p}`));
  for (const [i, page] of PAGES.entries()) {
    const wire = await pageOnTheWire(`${base}${page}`);
    const { elements, files, inline } = loaded[i];
    const js = files.reduce((n, f) => n + f.bytes, 0) + inline.reduce((n, text) => n + gzipSync(text, { level: 9 }).length, 0);
    const framework = files.find((f) => f.path.startsWith("/_next/"));
    const over = wire.brotli > PAGE_BROTLI || elements > PAGE_ELEMENTS || js > PAGE_JS || framework;
    failed ||= Boolean(over);
    // What the server sent when it sent Brotli; else the served HTML compressed here, at quality 11.
    const how = wire.sentBrotli ? "as sent" : `q11 here; sent ${wire.encoding}`;
    const scripts = `JS ${kb(js)} (${files.map((f) => f.path).join(", ") || "no file"} + ${inline.length} inline)`;
    console.log(
      `  ${page.padEnd(44)} ${kb(wire.raw).padStart(8)} raw  ${kb(wire.brotli).padStart(7)} br (${how})  ${String(elements).padStart(5)} elements  ${scripts}  ${over ? `OVER BUDGET${framework ? ` (loads ${framework.path})` : ""}` : "ok"}`,
    );
  }
  // The one script reader pages load must not carry chart maths either.
  const siteFile = loaded[0].files.find((f) => f.path === "/site.js");
  if (!siteFile) throw new Error("the dashboard did not load /site.js");
  const siteScript = await (await fetch(siteFile.url)).text();
  const siteMarker = SERVER_ONLY_MARKERS.find((m) => siteScript.includes(m));
  failed ||= Boolean(siteMarker);
  console.log(
    `  ${"/site.js".padEnd(44)} ${siteScript.length} B minified, ${gzipSync(siteScript, { level: 9 }).length} B gzipped  ${siteMarker ? `contains "${siteMarker}": d3/visx code reached the browser` : "ok"}`,
  );
  console.log(`embeds, gzipped (budgets: total ${kb(EMBED_TOTAL)}, JavaScript ${kb(EMBED_JS)})`);
  for (const embed of EMBEDS) {
    const response = await fetch(`${base}${embed}`, { redirect: "manual" });
    // An iframe must get the page itself, never a redirect.
    if (response.status !== 200) throw new Error(`${embed} answered ${response.status}`);
    const html = await response.text();
    // Embeds must load nothing else: any external script, stylesheet or font would add to the transfer.
    const external = /<script[^>]+src=|<link[^>]+rel="(?:stylesheet|preload)"|@font-face|@import/.exec(html);
    const total = gzipSync(html, { level: 9 }).length;
    const js = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1], { level: 9 }).length, 0);
    const over = total > EMBED_TOTAL || js > EMBED_JS || external;
    failed ||= Boolean(over);
    console.log(`  ${embed.padEnd(44)} total ${kb(total).padStart(8)}  JS ${kb(js).padStart(7)}  ${over ? `OVER BUDGET${external ? ` (loads ${external[0]})` : ""}` : "ok"}`);
  }
  const hostScript = await (await fetch(`${base}/embed.js`)).text();
  const hostOver = hostScript.length > HOST_SCRIPT_MAX;
  failed ||= hostOver;
  console.log(`  ${"/embed.js".padEnd(44)} ${hostScript.length} B minified, ${gzipSync(hostScript).length} B gzipped  ${hostOver ? "OVER BUDGET" : "ok"}`);
} catch (error) {
  failed = true;
  console.error(`page and embed budgets not measured: ${error.message}`);
} finally {
  server?.stop();
}

process.exit(failed ? 1 : 0);
