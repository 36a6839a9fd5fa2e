// The byte cache (lib/http/byte-front.ts), as browsers and other clients ask: every kind of route
// it answers gives Brotli to a browser, gzip to a gzip-only client and identity to the rest, all
// the same bytes once decoded, each with its strong ETag and its 304; the second request comes from
// memory (X-Cache: HIT) with the same headers as the first. A correction of one election changes
// its answers at once and leaves the other's in memory, ETags unchanged. Its own server, on a
// catalogue of two elections (Paris and the fictional one), so that each first request is a miss
// and no other spec sees the correction. Bytes are read raw (node:http), never decoded for us.
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { rawGet } from "../lib/bench/raw-get.mjs";
import { startProductionServer } from "../lib/cli/serve.mjs";
import { correctedFile } from "../lib/testing/corrected";
import { FIXTURE_CHARTS, FIXTURE_ELECTION, rawFixtureElection, twoElectionDatasetDir } from "../lib/testing/fixture-election";
import { dataset } from "./fixtures";

const PORT = 3194;
const dir = twoElectionDatasetDir();
const env = { DATASET_DIR: dir, DATASET_CACHE_DIR: path.join(mkdtempSync(path.join(tmpdir(), "bytes-")), "kept") };
let server: { base: string; stop: () => Promise<unknown> };

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  // Ready when an answer the cache never keeps comes back: every kept one is then still to be filled.
  server = await startProductionServer(PORT, env, "/api/elections/paris-2020/dataset/status");
});
test.afterAll(() => server?.stop());

/** What a browser sends when it navigates to a page, and what it accepts as encodings. */
const NAVIGATION = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
const BROWSER_ENCODINGS = "gzip, deflate, br";

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request, its answer's bytes exactly as sent (no decoding, no connection reuse). */
const raw = (url: string, headers: Record<string, string>, method = "GET"): Promise<Raw> => rawGet(`${server.base}${url}`, headers, method);

/** The headers of an answer but those that differ per response by design. */
const lasting = (h: IncomingHttpHeaders) => Object.fromEntries(Object.entries(h).filter(([name]) => !["date", "x-cache", "connection", "keep-alive"].includes(name)));

/** Inline scripts of a page that its policy would refuse (hashed here independently of lib/http). */
function refusedInlineScripts(html: string, csp: string): string[] {
  const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\bsrc=/.test(attributes!))
    .filter(([, , text]) => !scriptSrc.includes(`'sha256-${createHash("sha256").update(text!).digest("base64")}'`))
    .map(([, , text]) => text!.slice(0, 60));
}

const firstVersion = dataset.corrections[0]!.from;

/** Every kind of route the cache answers, with the Accept its clients send. */
const ROUTES: { url: string; accept: string }[] = [
  { url: "/fr", accept: NAVIGATION },
  { url: "/fr/paris-2020", accept: NAVIGATION },
  { url: "/en/paris-2020?highlight=dati&hide=villani", accept: NAVIGATION },
  { url: "/fr/paris-2020/corrections", accept: NAVIGATION },
  { url: `/en/${FIXTURE_ELECTION}`, accept: NAVIGATION },
  { url: "/embed/paris-2020/cameras?lang=en&theme=dark", accept: NAVIGATION },
  { url: "/embed/theme-heatmap", accept: NAVIGATION },
  { url: "/charts/paris-2020/rental-caps.svg", accept: "image/svg+xml,*/*" },
  { url: "/charts/paris-2020/keywords.csv?lang=en", accept: "*/*" },
  { url: "/charts/paris-2020/cameras.png", accept: "image/png,*/*" },
  { url: "/charts/paris-2020/theme-heatmap.png?format=og", accept: "image/png,*/*" },
  { url: "/api/elections/paris-2020/dataset", accept: "*/*" },
  { url: `/api/elections/paris-2020/dataset?v=${firstVersion}`, accept: "*/*" },
  { url: "/api/dataset", accept: "application/json" },
  { url: "/api/elections", accept: "application/json" },
  { url: "/corrections.xml", accept: "application/atom+xml,*/*" },
  { url: "/embed.js", accept: "*/*" },
];

for (const { url, accept } of ROUTES) {
  test(`${url}: Brotli, gzip and identity of the same bytes, a strong ETag each and its 304, then from memory with the same headers`, async () => {
    const ask = (encodings: string, more: Record<string, string> = {}, method = "GET") => raw(url, { accept, "accept-encoding": encodings, ...more }, method);
    const br = await ask(BROWSER_ENCODINGS);
    expect(br.status).toBe(200);
    // The legacy URLs share their entry with the new ones, which an earlier test may have filled.
    if (!["/embed/theme-heatmap", "/api/dataset"].includes(url)) expect(br.headers["x-cache"]).toBe("MISS");
    const [gz, identity] = [await ask("gzip"), await ask("identity")];
    const image = br.headers["content-type"] === "image/png";
    if (image) {
      // A PNG is compressed already: the same bytes for everyone.
      for (const r of [br, gz]) expect(r.headers["content-encoding"]).toBeUndefined();
      expect(br.body.equals(identity.body)).toBe(true);
    } else {
      expect(br.headers["content-encoding"]).toBe("br");
      expect(gz.headers["content-encoding"]).toBe("gzip");
      expect(identity.headers["content-encoding"]).toBeUndefined();
      expect(brotliDecompressSync(br.body).equals(identity.body)).toBe(true);
      expect(gunzipSync(gz.body).equals(identity.body)).toBe(true);
      expect(br.headers.vary).toMatch(/(^|, )Accept-Encoding(,|$)/i);
      expect(new Set([br, gz, identity].map((r) => r.headers.etag)).size).toBe(3);
    }
    for (const r of [br, gz, identity]) {
      expect(r.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(r.headers["content-length"]).toBe(String(r.body.length));
      // Asked again with the tag of what it holds, whatever it now accepts: 304, naming that tag.
      const again = await ask(BROWSER_ENCODINGS, { "if-none-match": r.headers.etag! });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(r.headers.etag);
    }

    const second = await ask(BROWSER_ENCODINGS);
    expect(second.headers["x-cache"]).toBe("HIT");
    expect(lasting(second.headers)).toEqual(lasting(br.headers));
    expect(second.body.equals(br.body)).toBe(true);
    const head = await ask(BROWSER_ENCODINGS, {}, "HEAD");
    expect(lasting(head.headers)).toEqual(lasting(br.headers));
    expect(head.body.length).toBe(0);

    // The security headers every answer carries (next.config.js, proxy.ts, the embed route).
    const h = br.headers;
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["cross-origin-opener-policy"]).toBe("same-origin");
    expect(h["strict-transport-security"]).toBeUndefined();
    const csp = String(h["content-security-policy"] ?? "");
    if (url.startsWith("/embed/")) {
      expect(h["x-frame-options"]).toBeUndefined();
      expect(csp).toContain("frame-ancestors *");
    } else {
      expect(h["x-frame-options"]).toBe("DENY");
      expect(csp).toContain("frame-ancestors 'none'");
    }
    if (accept === NAVIGATION && !url.startsWith("/embed/")) {
      // A page every reader shares: its inline scripts by hash, no nonce, cacheable by a CDN.
      expect(csp).not.toContain("'nonce-");
      expect(refusedInlineScripts(identity.body.toString("utf8"), csp)).toEqual([]);
      expect(h["cache-control"]).toMatch(/^public, .*s-maxage=\d+/);
      expect(h.vary).toMatch(/^rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch/);
    } else if (!url.startsWith("/embed/")) {
      expect(csp).toContain("default-src 'none'");
    }
  });
}

test("an unknown parameter is the same entry, HSTS is added over HTTPS, the site script's fetch of a view is answered too, and the client-side router's payloads are left to Next.js", async () => {
  const ask = (url: string, more: Record<string, string> = {}) => raw(url, { accept: NAVIGATION, "accept-encoding": BROWSER_ENCODINGS, ...more });
  const plain = await ask("/fr/paris-2020");
  const tagged = await ask(`/fr/paris-2020?utm_source=newsletter&highlight=${encodeURIComponent("<script>")}`);
  expect(tagged.headers["x-cache"]).toBe("HIT");
  expect(tagged.headers.etag).toBe(plain.headers.etag);
  const secure = await ask("/fr/paris-2020", { "x-forwarded-proto": "https" });
  expect(secure.headers["x-cache"]).toBe("HIT");
  expect(secure.headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  // Soft navigation fetches a view as a script does (lib/site-script/soft-nav.ts): the same kept document.
  const fetched = await ask("/fr/paris-2020", { "sec-fetch-dest": "empty", "sec-fetch-mode": "cors" });
  expect(fetched.headers["x-cache"]).toBe("HIT");
  expect(fetched.headers.etag).toBe(plain.headers.etag);
  // The router's payloads: marked by its `_rsc` parameter, or by its `RSC` header.
  for (const [url, more] of [
    ["/fr/paris-2020?highlight=dati&_rsc=1", {}],
    ["/fr/paris-2020?highlight=dati", { rsc: "1" }],
  ] as [string, Record<string, string>][]) {
    const res = await ask(url, more);
    expect(res.headers["x-cache"], url).toBeUndefined();
  }
  const presenter = await ask("/fr/paris-2020/present");
  expect(presenter.headers["x-cache"]).toBeUndefined();
  expect(presenter.headers["content-security-policy"]).toContain("'nonce-");
});

test("a correction of one election changes its pages, embeds and dataset at once; the other's answers stay in memory with the same ETags", async () => {
  const get = (url: string) => raw(url, { accept: NAVIGATION, "accept-encoding": BROWSER_ENCODINGS });
  const fixture = [`/fr/${FIXTURE_ELECTION}`, `/embed/${FIXTURE_ELECTION}/${FIXTURE_CHARTS.heatmap}`, `/api/elections/${FIXTURE_ELECTION}/dataset`];
  const paris = [
    "/fr/paris-2020",
    "/en/paris-2020?highlight=dati&hide=villani",
    "/embed/paris-2020/cameras?lang=en&theme=dark",
    "/charts/paris-2020/rental-caps.svg",
    "/api/elections/paris-2020/dataset",
  ];
  const catalogue = ["/fr", "/api/elections"];
  const before: Record<string, string> = {};
  for (const url of [...fixture, ...paris, ...catalogue]) {
    await get(url);
    const warm = await get(url);
    expect(warm.headers["x-cache"], url).toBe("HIT");
    before[url] = warm.headers.etag!;
  }

  const summary = "Résumé corrigé pendant la soirée électorale.";
  const corrected = correctedFile((d) => (d.proposals[0].summary.fr = summary), rawFixtureElection());
  writeFileSync(path.join(dir, `${FIXTURE_ELECTION}.json`), JSON.stringify(corrected));

  for (const url of fixture) {
    const after = await get(url);
    expect(after.headers["x-cache"], url).toBe("MISS");
    expect(after.headers.etag, url).not.toBe(before[url]);
  }
  // The corrected proposal's summary is on its theme's page (the dashboard shows it in the cell's panel).
  const themePage = `/fr/${FIXTURE_ELECTION}/themes/${corrected.proposals[0].theme}`;
  expect(brotliDecompressSync((await get(themePage)).body).toString()).toContain(summary);
  expect(JSON.parse(brotliDecompressSync((await get(`/api/elections/${FIXTURE_ELECTION}/dataset`)).body).toString()).version).toBe(corrected.version);
  for (const url of paris) {
    const after = await get(url);
    expect(after.headers["x-cache"], url).toBe("HIT");
    expect(after.headers.etag, url).toBe(before[url]);
  }
  // The catalogue shows every election: refilled. Its JSON names versions and changes; the page
  // shows nothing the correction touched, so its bytes, and ETag, stay those readers already have.
  const [page, json] = [await get("/fr"), await get("/api/elections")];
  expect([page.headers["x-cache"], json.headers["x-cache"]]).toEqual(["MISS", "MISS"]);
  expect(page.headers.etag).toBe(before["/fr"]);
  expect(json.headers.etag).not.toBe(before["/api/elections"]);
  expect((await get("/fr")).headers["x-cache"]).toBe("HIT");
});
