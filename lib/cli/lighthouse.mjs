// `npm run lighthouse` (after a build): Lighthouse 12, mobile preset (its default form factor and
// simulated throttling), on the system Chromium, against `next start` on 127.0.0.1: the
// dashboard-like pages (/fr, which redirects to the one election, /en, a shared view, a candidate
// page), the presenter, every embed and the machine's floor (an empty static page),
// LIGHTHOUSE_RUNS (3) runs each. Prints the median of each
// score and metric per URL, then where the dashboards' LCP goes (lib/bench/lcp.mjs); exits 1 when
// a URL misses its targets (lib/bench/lighthouse-targets.mjs). LIGHTHOUSE_ONLY=/en,/embed keeps the
// URLs that start with one of those paths.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { lcpBreakdown } from "../bench/lcp.mjs";
import { FLOOR_HTML, lighthouseUrls, misses } from "../bench/lighthouse-targets.mjs";
import { removeTwins, writeStaticPage } from "../bench/twins.mjs";
import { CHROMIUM_FLAGS, systemChromium } from "./chromium.mjs";
import { startProductionServer } from "./serve.mjs";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3630);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const ONLY = process.env.LIGHTHOUSE_ONLY?.split(",").filter(Boolean);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Written before the server starts: `next start` lists public/ once, when it starts.
const floorPath = writeStaticPage("lighthouse-floor", FLOOR_HTML);
const server = await startProductionServer(PORT).catch((error) => {
  removeTwins();
  throw error;
});
const { base } = server;
let chrome;
let failed = false;
try {
  chrome = await chromeLauncher.launch({
    chromePath: systemChromium(),
    chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
  });
  const notes = [];
  const rows = [];
  for (const page of lighthouseUrls(await embedSlugs(), "paris-2020", floorPath)) {
    if (ONLY && !ONLY.some((prefix) => page.path.startsWith(prefix))) continue;
    // Also the warm-up: the first request after a start may render; Lighthouse measures the ones after.
    const status = (await fetch(`${base}${page.path}`)).status;
    if (status !== 200) throw new Error(`${page.path} answered ${status}`);
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(`${base}${page.path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
      runs.push(lhr);
    }
    const score = (id) => median(runs.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100)));
    const metric = (id) => median(runs.map((r) => r.audits[id]?.numericValue ?? Number.NaN));
    const row = {
      ...page,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
      lcp: Math.round(metric("largest-contentful-paint")),
      tbt: Math.round(metric("total-blocking-time")),
      cls: Number(metric("cumulative-layout-shift").toFixed(3)),
    };
    // Where LCP goes, from the run whose LCP is the median one.
    const medianRun = runs.find((r) => Math.round(r.audits["largest-contentful-paint"]?.numericValue) === row.lcp) ?? runs[0];
    row.why = lcpBreakdown(medianRun);
    row.misses = misses(row);
    // Which weighted pass-or-fail audits cost points, so that a regression is found without running by hand.
    row.failing = [
      ...new Set(
        runs.flatMap((r) =>
          Object.values(r.categories)
            .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0))
            .filter(({ id }) => r.audits[id]?.scoreDisplayMode === "binary" && r.audits[id].score < 1)
            .map(({ id }) => id),
        ),
      ),
    ];
    failed ||= row.misses.length > 0;
    rows.push(row);
    console.error(`measured ${page.path}`);
  }

  console.log(`Lighthouse 12, mobile preset (simulated throttling), median of ${RUNS} runs, 127.0.0.1`);
  console.log("");
  console.log("| URL | perf | a11y | best pr. | SEO | LCP ms | TBT ms | CLS | |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    const s = r.scores;
    const audits = r.failing.length ? ` (failing audits: ${r.failing.join(" ")})` : "";
    const verdict = r.misses.length ? `MISSED: ${r.misses.join(", ")}${audits}` : "ok";
    console.log(`| ${r.path} | ${s.performance} | ${s.accessibility} | ${s["best-practices"]} | ${s.seo} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${verdict} |`);
  }
  console.log("");
  for (const note of notes) console.log(`- ${note}`);
  for (const r of rows.filter((r) => r.kind === "dashboard")) console.log(`- LCP of ${r.path}: ${r.why}`);
  for (const r of rows.filter((r) => r.kind === "floor"))
    console.log(
      `- The floor (${r.path}, a static page with no script, style sheet or image): perf ${r.scores.performance}, LCP ${r.lcp} ms, TBT ${r.tbt} ms on this machine; no page can do better here.`,
    );
} catch (error) {
  failed = true;
  console.error(`lighthouse failed: ${error.stack ?? error}`);
} finally {
  await chrome?.kill();
  await server.stop();
  removeTwins();
}
process.exit(failed ? 1 : 0);

/** The chart slugs of the election's embeds, as its dataset declares them. */
async function embedSlugs() {
  const dataset = await (await fetch(`${base}/api/elections/paris-2020/dataset`)).json();
  return dataset.presentation.charts.map((chart) => chart.slug);
}
