// `npm run lighthouse` (after a build): Lighthouse 12, mobile preset, on the system Chromium,
// against `next start`: Paris 2020's dashboard in both languages, its presenter and every embed, three runs each. Prints the
// median of performance, accessibility, best practices, SEO, LCP, TBT and CLS per route, and exits
// 1 below the thresholds (100 for accessibility, best practices and SEO; CLS 0; performance ≥ 95).
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startProductionServer } from "./serve.mjs";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3500);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const ROUTES = ["/fr/paris-2020", "/en/paris-2020", "/fr/paris-2020/present?slide=2", ...["theme-heatmap", "cameras", "rental-caps", "keywords"].map((chart) => `/embed/paris-2020/${chart}`)];
const MIN = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };

const server = await startProductionServer(PORT);
const { base } = server;
const chrome = await chromeLauncher.launch({
  chromePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
  ],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let failed = false;
try {
  // Warm every route once: the first request after start compiles nothing but fills caches.
  for (const route of ROUTES) await fetch(`${base}${route}`);
  const rows = [];
  for (const route of ROUTES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(`${base}${route}`, { port: chrome.port, output: "json", logLevel: "error" });
      runs.push(lhr);
    }
    const score = (id) => median(runs.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100)));
    const audit = (id) => median(runs.map((r) => r.audits[id]?.numericValue ?? NaN));
    const row = {
      route,
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
      lcp: Math.round(audit("largest-contentful-paint")),
      tbt: Math.round(audit("total-blocking-time")),
      cls: Number(audit("cumulative-layout-shift").toFixed(3)),
    };
    const misses = Object.entries(MIN)
      .filter(([k, min]) => row[k] < min)
      .map(([k]) => k);
    if (row.cls > 0) misses.push("cls");
    // Which audits cost points, so a regression can be found without re-running by hand.
    row.failing = [
      ...new Set(
        runs.flatMap((r) =>
          Object.values(r.audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
            .map((a) => a.id),
        ),
      ),
    ].join(" ");
    row.ok = misses.length === 0;
    failed ||= !row.ok;
    rows.push(row);
    console.error(`measured ${route}`);
  }
  console.log(`Lighthouse 12 (mobile), median of ${RUNS} runs`);
  console.log("| route | perf | a11y | best pr. | SEO | LCP ms | TBT ms | CLS | |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const r of rows)
    console.log(`| ${r.route} | ${r.performance} | ${r.accessibility} | ${r["best-practices"]} | ${r.seo} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.ok ? "ok" : `below: ${r.failing || "scores"}`} |`);
} finally {
  await chrome.kill();
  server.stop();
}
process.exit(failed ? 1 : 0);
