// `npm run bench:load` (after a build): autocannon against `next start` on 127.0.0.1 — Paris
// 2020's dashboard, a shared view of it (rendered per request), one embed, its dataset with and
// without If-None-Match — BENCH_SECONDS (30) each at 50 connections,
// then the same bytes from a plain static server in the same run, for a ratio. Bounded in time;
// loopback only. Exits 1 on any error or non-2xx/304 answer.
import { createServer } from "node:http";
import autocannon from "autocannon";
import { startProductionServer } from "./serve.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CONNECTIONS = 50;
const APP_PORT = Number(process.env.BENCH_PORT ?? 3600);
const STATIC_PORT = APP_PORT + 1;
const BROWSER = { accept: "text/html,application/xhtml+xml,*/*;q=0.8" };

let server;
let staticServer;
let failed = false;
try {
  server = await startProductionServer(APP_PORT);
  const app = server.base;
  const DATASET = "/api/elections/paris-2020/dataset";
  const etag = (await fetch(`${app}${DATASET}`)).headers.get("etag");
  const scenarios = [
    // Pages as a browser asks for them (Accept: text/html): the prerendered default view, and a
    // shared view, rendered on its first request and then served from memory.
    { name: "/fr/paris-2020 (prerendered)", path: "/fr/paris-2020", headers: BROWSER },
    { name: "/fr/paris-2020?highlight=dati&cell=… (shared view)", path: "/fr/paris-2020?highlight=dati&cell=dati.surveillance", headers: BROWSER },
    { name: "/embed/paris-2020/cameras", path: "/embed/paris-2020/cameras" },
    { name: DATASET, path: DATASET },
    { name: `${DATASET} (If-None-Match)`, path: DATASET, headers: { "if-none-match": etag } },
  ];
  // The static server answers the same bytes (and the same 304) with no work at all.
  const bodies = {};
  for (const s of scenarios) {
    const res = await fetch(`${app}${s.path}`, { headers: s.headers?.accept ? s.headers : {} });
    bodies[s.path] = { type: res.headers.get("content-type"), body: Buffer.from(await res.arrayBuffer()) };
  }
  staticServer = createServer((req, res) => {
    const file = bodies[req.url];
    if (!file) return res.writeHead(404).end();
    if (req.url === DATASET && req.headers["if-none-match"] === etag) return res.writeHead(304, { etag }).end();
    res.writeHead(200, { "content-type": file.type, etag }).end(file.body);
  });
  await new Promise((r) => staticServer.listen(STATIC_PORT, "127.0.0.1", r));

  const run = (url, headers) => new Promise((resolve, reject) => autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers }, (err, result) => (err ? reject(err) : resolve(result))));
  console.log(`autocannon, ${CONNECTIONS} connections, ${SECONDS} s per line, 127.0.0.1`);
  console.log("| scenario | req/s | p50 ms | p99 ms | errors | static req/s | static p50 ms | static p99 ms | static errors | app / static req/s |");
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const s of scenarios) {
    const a = await run(`${app}${s.path}`, s.headers);
    const b = await run(`http://127.0.0.1:${STATIC_PORT}${s.path}`, s.headers);
    const errorsOf = (r) => r.errors + r.timeouts + r.non2xx - (s.headers?.["if-none-match"] ? (r["3xx"] ?? 0) : 0);
    const errors = errorsOf(a);
    failed ||= errors > 0;
    console.log(
      `| ${s.name} | ${Math.round(a.requests.average)} | ${a.latency.p50} | ${a.latency.p99} | ${errors} | ${Math.round(b.requests.average)} | ${b.latency.p50} | ${b.latency.p99} | ${errorsOf(b)} | ${(a.requests.average / b.requests.average).toFixed(2)} |`,
    );
  }
} catch (error) {
  failed = true;
  console.error(`load benchmark failed: ${error.message}`);
} finally {
  staticServer?.close();
  server?.stop();
}
process.exit(failed ? 1 : 0);
