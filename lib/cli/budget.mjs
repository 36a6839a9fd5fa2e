// `npm run budget`: first-load JavaScript of every page against Next.js's own baseline (the
// framework's 404 page), gzipped, from .next/diagnostics/route-bundle-stats.json. Fails when the
// dashboard grows more than 25 KB above the baseline, or when d3/visx code reaches the browser.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const STATS = ".next/diagnostics/route-bundle-stats.json";
const BASELINE_ROUTE = "/_not-found";
const BUDGET_ABOVE_BASELINE = 25 * 1024;
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

console.log(`first-load JavaScript, gzipped (budget: baseline + ${kb(BUDGET_ABOVE_BASELINE)})`);
for (const route of routes) {
  const size = gz(route.firstLoadChunkPaths);
  const above = size - baselineGz;
  const over = above > BUDGET_ABOVE_BASELINE;
  failed ||= over;
  console.log(`  ${route.route.padEnd(16)} ${kb(size).padStart(9)}  ${route === baseline ? "(baseline)" : `${above >= 0 ? "+" : ""}${kb(above)} ${over ? "OVER BUDGET" : "ok"}`}`);
  for (const chunk of route.firstLoadChunkPaths) {
    const text = readFileSync(chunk, "utf8");
    const marker = SERVER_ONLY_MARKERS.find((m) => text.includes(m));
    if (marker) {
      failed = true;
      console.log(`  ${route.route}: ${chunk} contains "${marker}": d3/visx code reached the browser`);
    }
  }
}
process.exit(failed ? 1 : 0);
