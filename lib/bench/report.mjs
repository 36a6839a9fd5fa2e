// The load benchmark's arithmetic and its table: pure, so that what counts as an error and which
// route misses which target are unit-tested (report.test.ts) rather than read off a run.

/** The issue's targets: each route's req/s at least 0.8 of its static twin's, p99 within 50 ms, no error. */
export const TARGETS = { ratio: 0.8, p99Ms: 50, errors: 0 };

/** One autocannon result as the table shows it; an error is a failed request or any status other than `expected`. */
export function summarise(result, expected) {
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]));
  const unexpected = Object.entries(statuses).reduce((n, [code, count]) => n + (Number(code) === expected ? 0 : count), 0);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + unexpected, statuses };
}

/** A kilobyte as `npm run budget` counts it, so that both commands give a page the same size. */
const KB = 1024;

/** Bytes as the table shows them: B below 1 KB, else KB with one decimal. */
export function formatBytes(n) {
  return n < KB ? `${n} B` : `${(n / KB).toFixed(1)} KB`;
}

/** The route's req/s over its twin's; undefined without a twin. */
export function ratioOf(line) {
  return line.twin ? line.app.rps / line.twin.rps : undefined;
}

/** The markdown table: one row per line `{ name, bytes, encoding, app, twin, floor }` (`floor`: the bare server's result, when measured). */
export function table(lines) {
  const rows = lines.map((l) => {
    const ratio = ratioOf(l);
    const twin = l.twin ? [Math.round(l.twin.rps), l.twin.p99] : ["–", "–"];
    const floor = l.floor ? [Math.round(l.floor.rps), l.floor.p99] : ["–", "–"];
    return `| ${l.name} | ${formatBytes(l.bytes)} ${l.encoding} | ${Math.round(l.app.rps)} | ${l.app.p50} | ${l.app.p99} | ${l.app.errors} | ${twin.join(" | ")} | ${ratio === undefined ? "–" : ratio.toFixed(2)} | ${floor.join(" | ")} |`;
  });
  return [
    "| route | on the wire | req/s | p50 ms | p99 ms | errors | static req/s | static p99 ms | ratio | bare req/s | bare p99 ms |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/**
 * One verdict per target: `{ ok, text }`, naming every line that misses it. A line with
 * `gated: ["errors"]` is held to those targets only (the burst of corrections renders once per
 * correction, as the issue allows, so its p99 and ratio are reported but not held to).
 */
export function verdicts(lines) {
  const held = (target) => lines.filter((l) => !l.gated || l.gated.includes(target));
  const check = (target, label, misses) => {
    const missed = held(target).flatMap((l) => {
      const why = misses(l);
      return why ? [`${l.name} (${why})`] : [];
    });
    return { ok: missed.length === 0, text: `${missed.length ? "MISSED" : "met"}: ${label}${missed.length ? ` — ${missed.join(", ")}` : ""}` };
  };
  return [
    check("ratio", `req/s ÷ static twin ≥ ${TARGETS.ratio}`, (l) => {
      const r = ratioOf(l);
      return r !== undefined && r < TARGETS.ratio ? r.toFixed(2) : undefined;
    }),
    // A miss says what a bare server of the same bytes got: above the target too, the machine sets the limit.
    check("p99", `p99 ≤ ${TARGETS.p99Ms} ms`, (l) => (l.app.p99 > TARGETS.p99Ms ? `${l.app.p99} ms${l.floor ? `; bare node ${l.floor.p99} ms` : ""}` : undefined)),
    check("errors", `${TARGETS.errors} errors`, (l) => (l.app.errors > TARGETS.errors ? `${l.app.errors}` : undefined)),
  ];
}
