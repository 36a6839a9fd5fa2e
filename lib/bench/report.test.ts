import { describe, expect, it } from "vitest";
import { formatBytes, summarise, table, verdicts } from "./report.mjs";

/** An autocannon result with the fields the report reads. */
function result(statuses: Record<string, number>, errors = 0, p99 = 10) {
  return {
    requests: { average: 1000 },
    latency: { p50: 5, p99 },
    errors,
    statusCodeStats: Object.fromEntries(Object.entries(statuses).map(([code, count]) => [code, { count }])),
  };
}

/** A table line: the route at `rps` req/s, its twin at 1,000. */
function line(name: string, rps: number, overrides: Record<string, unknown> = {}) {
  return { name, bytes: 20_000, encoding: "br", app: { rps, p50: 5, p99: 10, errors: 0, statuses: {} }, twin: { rps: 1000, p50: 1, p99: 2, errors: 0, statuses: {} }, ...overrides };
}

describe("summarise", () => {
  it("summarise(result, 304) counts 304s as answers and any 200 as an error", () => {
    expect(summarise(result({ 304: 90, 200: 10 }), 304).errors).toBe(10);
  });

  it("summarise(result, 200) adds failed requests (timeouts included) to unexpected statuses", () => {
    expect(summarise(result({ 200: 95, 500: 3 }, 2), 200)).toMatchObject({ errors: 5, statuses: { 200: 95, 500: 3 } });
  });
});

describe("verdicts", () => {
  it("verdicts(lines) names each line that misses a target, with its figure", () => {
    const [ratio, p99, errors] = verdicts([line("/fr/paris-2020", 790), line("embed", 900, { app: { rps: 900, p50: 5, p99: 51, errors: 2, statuses: {} } })]);
    expect(ratio).toEqual({ ok: false, text: "MISSED: req/s ÷ static twin ≥ 0.8 — /fr/paris-2020 (0.79)" });
    expect(p99).toEqual({ ok: false, text: "MISSED: p99 ≤ 50 ms — embed (51 ms)" });
    expect(errors).toEqual({ ok: false, text: "MISSED: 0 errors — embed (2)" });
  });

  it("verdicts(lines) says what a bare server of the same bytes got when a line misses its p99", () => {
    const png = line("chart PNG", 1300, { app: { rps: 1300, p50: 36, p99: 73, errors: 0, statuses: {} }, floor: { rps: 1345, p50: 30, p99: 57, errors: 0, statuses: {} } });
    expect(verdicts([png])[1]).toEqual({ ok: false, text: "MISSED: p99 ≤ 50 ms — chart PNG (73 ms; bare node 57 ms)" });
  });

  it("verdicts(lines) holds a line with gated: ['errors'] to its errors only", () => {
    const burst = line("during corrections", 100, { app: { rps: 100, p50: 300, p99: 900, errors: 0, statuses: {} }, gated: ["errors"] });
    expect(verdicts([line("/fr/paris-2020", 800), burst]).every((v) => v.ok)).toBe(true);
    expect(verdicts([{ ...burst, app: { ...burst.app, errors: 1 } }])[2]!.ok).toBe(false);
  });
});

describe("table", () => {
  it("table(lines) shows bytes with their encoding, and the ratio to the twin", () => {
    expect(table([line("dataset", 850)]).split("\n")[2]).toBe("| dataset | 19.5 KB br | 850 | 5 | 10 | 0 | 1000 | 2 | 0.85 | – | – |");
  });

  it("table(lines) shows the bare server's req/s and p99 beside the route's", () => {
    const floor = { rps: 1345, p50: 30, p99: 57, errors: 0, statuses: {} };
    expect(table([line("chart PNG", 1300, { floor })]).split("\n")[2]).toBe("| chart PNG | 19.5 KB br | 1300 | 5 | 10 | 0 | 1000 | 2 | 1.30 | 1345 | 57 |");
  });

  it("formatBytes(n) keeps bytes under 1 KB and gives KB (1,024 B, as npm run budget counts) with one decimal above", () => {
    expect([formatBytes(0), formatBytes(1023), formatBytes(25_600)]).toEqual(["0 B", "1023 B", "25.0 KB"]);
  });
});
