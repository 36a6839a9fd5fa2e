// `npm run bench:load` (after a build): autocannon on `next start` (127.0.0.1, 50 connections,
// BENCH_SECONDS each, 10 by default), asking as a browser asks (lib/bench/routes.mjs). Each route
// is compared, in the same run, with the same server serving a public file of the very bytes the
// route answered (its static twin, lib/bench/twins.mjs) and with a bare node:http server answering
// those bytes from memory (the machine's floor, lib/bench/bare-server.mjs), and a last line loads the dashboard while
// editors log real corrections one after another. Prints one markdown table and a verdict per
// target; exits 1 when any is missed. The server reads a temporary copy of data/elections.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { prepareCorrections, publish, servedAfter } from "../bench/corrections.mjs";
import { rawGet } from "../bench/raw-get.mjs";
import { summarise, table, verdicts } from "../bench/report.mjs";
import { benchRoutes, ELECTION } from "../bench/routes.mjs";
import { removeTwins, writeTwin } from "../bench/twins.mjs";
import { startProductionServer } from "./serve.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const PORT = Number(process.env.BENCH_PORT ?? 3620);
/** The bare server's port: the next one. */
const BARE_PORT = PORT + 1;
/** Headers of one connection, not of the answer: the bare server's own node:http sets them. */
const HOP_BY_HOP = ["connection", "keep-alive", "transfer-encoding", "date"];
/** Corrections logged during the burst line, evenly spread over its BENCH_SECONDS. */
const CORRECTIONS = 5;
/** Requests before each measure: the first after a start may render; the measure is of the ones after. */
const WARM_UP_REQUESTS = 3;

const work = mkdtempSync(path.join(tmpdir(), "bench-load-"));
const datasetDir = path.join(work, "elections");
const env = { DATASET_DIR: datasetDir, DATASET_CACHE_DIR: path.join(work, "kept") };
let server;
let bare;
async function cleanUp() {
  await server?.stop();
  server = undefined;
  bare?.kill();
  bare = undefined;
  removeTwins();
  rmSync(work, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => cleanUp().finally(() => process.exit(130)));

/** Warms `url` up, then loads it for SECONDS; the summary counts any status but `expected` as an error. */
async function load(url, headers, expected, warmUp = WARM_UP_REQUESTS) {
  for (let i = 0; i < warmUp; i++) await rawGet(url, headers);
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS });
  return summarise(result, expected);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

let failed = false;
try {
  cpSync("data/elections", datasetDir, { recursive: true });
  console.error(`preparing ${CORRECTIONS} corrections with npm run data:correct…`);
  const steps = prepareCorrections(path.join(datasetDir, `${ELECTION}.json`), CORRECTIONS, work);

  // 1. Every route's exact answer, written as its twin.
  server = await startProductionServer(PORT, env);
  const routes = await benchRoutes(server.base);
  const notes = [];
  const measured = [];
  const bareDir = path.join(work, "bare");
  mkdirSync(bareDir);
  for (const [i, route] of routes.entries()) {
    const answer = await rawGet(`${server.base}${route.path}`, route.headers);
    if (answer.status !== route.status) throw new Error(`${route.path} answered ${answer.status}, not ${route.status}`);
    const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.includes(name)));
    writeFileSync(path.join(bareDir, `${i}.json`), JSON.stringify({ status: answer.status, headers }));
    writeFileSync(path.join(bareDir, `${i}.bin`), answer.body);
    const twin = route.conditionalOf ? measured.find((m) => m.route.name === route.conditionalOf).twin : writeTwin(i, answer.body);
    measured.push({ route, answer, twin });
  }

  // 2. Restarted, so that next start lists the new public files; each twin checked byte for byte.
  await server.stop();
  server = await startProductionServer(PORT, env);
  const base = server.base;
  for (const m of measured) {
    const { "if-none-match": condition, ...plain } = m.route.headers;
    const twin = await rawGet(`${base}${m.twin}`, plain);
    if (!condition && (twin.status !== 200 || !twin.body.equals(m.answer.body))) throw new Error(`the static twin of ${m.route.name} (${m.twin}) is not served as written`);
    // A conditional request's twin is asked with the twin file's own ETag, so it answers 304 too.
    m.twinHeaders = condition ? { ...plain, "if-none-match": twin.headers.etag } : plain;
  }

  bare = spawn(process.execPath, ["lib/bench/bare-server.mjs", String(BARE_PORT), bareDir], { stdio: ["ignore", "pipe", "inherit"] });
  await once(bare.stdout, "data");

  // 3. Each route, then its twin, then the bare server, with the same headers.
  const lines = [];
  for (const [i, m] of measured.entries()) {
    console.error(`loading ${m.route.name}…`);
    const app = await load(`${base}${m.route.path}`, m.route.headers, m.route.status);
    const twin = await load(`${base}${m.twin}`, m.twinHeaders, m.route.status);
    const floor = await load(`http://127.0.0.1:${BARE_PORT}/${i}`, m.route.headers, m.route.status);
    lines.push({ name: m.route.name, bytes: m.answer.body.length, encoding: m.answer.headers["content-encoding"] ?? "identity", app, twin, floor });
  }
  bare.kill();
  bare = undefined;

  // 4. The dashboard while editors log corrections, one every SECONDS / (CORRECTIONS + 1).
  console.error(`loading the dashboard during ${CORRECTIONS} corrections…`);
  // The first route is the dashboard (routes.mjs).
  const page = measured[0];
  const pageLine = lines[0];
  const datasetUrl = `${base}/api/elections/${ELECTION}/dataset`;
  const start = performance.now();
  const loading = load(`${base}${page.route.path}`, page.route.headers, 200, 0);
  const delays = [];
  for (const [k, step] of steps.entries()) {
    await sleep(((k + 1) * SECONDS * 1000) / (steps.length + 1) - (performance.now() - start));
    publish(step, path.join(datasetDir, `${ELECTION}.json`));
    delays.push(await servedAfter(datasetUrl, step.version));
  }
  const burst = await loading;
  const corrected = await rawGet(`${base}${page.route.path}`, page.route.headers);
  lines.push({
    name: `${page.route.name} during ${CORRECTIONS} corrections`,
    bytes: corrected.body.length,
    encoding: corrected.headers["content-encoding"] ?? "identity",
    app: burst,
    twin: pageLine.twin,
    floor: pageLine.floor,
    gated: ["errors"],
  });

  console.log(
    `autocannon ${CONNECTIONS} connections, ${SECONDS} s per line, 127.0.0.1; static: the same next start serving the route's bytes from public/; bare: a bare node:http server answering them from memory`,
  );
  console.log("");
  console.log(table(lines));
  console.log("");
  for (const note of notes) console.log(`- ${note}`);
  const statuses = Object.entries(burst.statuses)
    .map(([code, n]) => `${n} × ${code}`)
    .join(", ");
  console.log(`- During the corrections: ${statuses}${burst.errors ? `, ${burst.errors} errors` : ""}; every answer 200: ${burst.errors === 0 ? "yes" : "no"}.`);
  console.log(`- Each correction served after ${delays.map((d) => (d === undefined ? "never (5 s)" : `${d} ms`)).join(", ")}; its static and bare columns are the first line's.`);
  console.log("");
  const served = delays.every((d) => d !== undefined);
  const results = [...verdicts(lines), { ok: served, text: `${served ? "met" : "MISSED"}: every correction served during the load` }];
  for (const v of results) console.log(v.text);
  failed = results.some((v) => !v.ok);
} catch (error) {
  failed = true;
  console.error(`load benchmark failed: ${error.stack ?? error}`);
} finally {
  await cleanUp();
}
process.exit(failed ? 1 : 0);
