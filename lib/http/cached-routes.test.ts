import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LEGACY_ELECTION, loadDataset, resetDatasetStore } from "@/lib/dataset/load";
import { SITE_SCRIPT_SRC } from "@/lib/site-script/site-script.min";
import { correctedFile } from "@/lib/testing/corrected";
import { FIXTURE_CHARTS, FIXTURE_ELECTION, rawFixtureElection, twoElectionDatasetDir } from "@/lib/testing/fixture-election";
import { cachedRoute, forgetOrigins, MAX_ORIGINS, type RequestFacts } from "./cached-routes";

const P = LEGACY_ELECTION;
const live = () => loadDataset(P);
/** What a browser sends when it navigates to a page. */
const NAVIGATION = { accept: "text/html,application/xhtml+xml,*/*;q=0.8", "sec-fetch-dest": "document", host: "127.0.0.1:3000" };

/** The route of a GET with a browser's navigation headers, plus or minus some. */
function route(url: string, headers: RequestFacts["headers"] = {}, method = "GET") {
  return cachedRoute({ method, url, headers: { ...NAVIGATION, ...headers } });
}
const key = (url: string, headers?: RequestFacts["headers"]) => route(url, headers)?.key;

beforeEach(() => {
  vi.stubEnv("SITE_URL", "");
  forgetOrigins();
});
afterEach(() => {
  vi.unstubAllEnvs();
  resetDatasetStore();
});

describe("cachedRoute(request): pages", () => {
  it("keys a dashboard by its canonical view: unknown or hostile parameters, order and separators make no new entry", () => {
    expect(key(`/fr/${P}`)).toBe(`/fr/${P}`);
    expect(key(`/fr/${P}?utm_source=newsletter&highlight=%3Cscript%3E&x=${"y".repeat(500)}`)).toBe(`/fr/${P}`);
    expect(key(`/en/${P}?cell=dati.surveillance&hide=belliard&hide=villani&highlight=dati`)).toBe(`/en/${P}?highlight=dati&hide=villani,belliard&cell=dati.surveillance`);
    expect(route(`/fr/${P}?highlight=dati`)).toMatchObject({ path: `/fr/${P}?highlight=dati`, page: true, deps: live().etag });
  });

  it("keys the other pages by their path alone, and leaves the presenter to Next.js", () => {
    expect(route(`/fr/${P}/corrections?anything=1`)).toMatchObject({ key: `/fr/${P}/corrections`, path: `/fr/${P}/corrections`, page: true });
    const [candidate] = live().dataset.candidates;
    const [theme] = live().dataset.themes;
    expect(key(`/en/${P}/candidates/${candidate!.id}?x=1`)).toBe(`/en/${P}/candidates/${candidate!.id}`);
    expect(key(`/en/${P}/themes/${theme!.id}`)).toBe(`/en/${P}/themes/${theme!.id}`);
    expect(key(`/fr/${P}/figures`)).toBe(`/fr/${P}/figures`);
    expect(key(`/fr/${P}/terms`)).toBe(`/fr/${P}/terms`);
    expect(route(`/fr/${P}/present`)).toBeUndefined();
    expect(route(`/fr/${P}/present?slide=2`)).toBeUndefined();
  });

  it("leaves unknown elections, candidates and themes to Next.js (a 404), and legacy page URLs (a 308)", () => {
    for (const url of ["/fr/nowhere-2020", "/fr/nowhere-2020/corrections", `/fr/${P}/candidates/nobody`, `/fr/${P}/themes/nothing`, "/fr/present", "/fr/corrections", `/fr/${P}/`, "/fr/x/y/z/w"]) {
      expect(route(url), url).toBeUndefined();
    }
  });

  it("answers a browser's navigation and the site script's fetch of a view, not the client-side router's payloads or prefetches, nor draft mode", () => {
    const url = `/fr/${P}?highlight=dati`;
    expect(route(url)).toBeDefined();
    expect(route(url, { "sec-fetch-dest": "empty", "sec-fetch-mode": "cors" })).toBeDefined();
    for (const headers of [
      { rsc: "1" },
      { "next-router-prefetch": "1" },
      { "next-router-state-tree": "%5B%5D" },
      { "next-router-segment-prefetch": "/_tree" },
      { cookie: "a=1; __prerender_bypass=guess" },
    ]) {
      expect(route(url, headers), JSON.stringify(headers)).toBeUndefined();
    }
    expect(route(`${url}&_rsc=abc`)).toBeUndefined();
    expect(route(url, {}, "POST")).toBeUndefined();
    expect(route(url, {}, "HEAD")).toBeDefined();
    // curl, crawlers and link unfurlers get the same document as a browser, whatever their Accept.
    expect(route(url, { accept: "*/*", "sec-fetch-dest": undefined })).toBeDefined();
  });

  it("leaves to Next.js a path the URL parser would rewrite", () => {
    for (const url of [`/fr/../fr/${P}`, `/fr/./${P}`, `//fr/${P}`, `http://evil.example/fr/${P}`]) expect(route(url), url).toBeUndefined();
  });

  it("with one election, serves a bare `/{lang}` as that election's dashboard, from the dashboard's own entry; `/{lang}?…` is Next.js's redirect", () => {
    expect(route("/fr")).toMatchObject({ key: `/fr/${P}`, path: `/fr/${P}`, page: true });
    expect(route("/en")).toMatchObject({ key: `/en/${P}`, path: `/en/${P}` });
    expect(route("/fr?highlight=dati")).toBeUndefined();
    expect(route("/fr?cell=dati.surveillance")).toBeUndefined();
  });
});

describe("cachedRoute(request): embeds, chart files, data", () => {
  it("keys an embed by its canonical options, the legacy URL with the new one, and the origin its links name", () => {
    const canonical = `/embed/${P}/cameras?lang=en&theme=dark&highlight=dati`;
    expect(route(`/embed/${P}/cameras?highlight=dati&theme=dark&lang=en&utm=1`)).toMatchObject({ key: `${canonical} @http://127.0.0.1:3000`, path: canonical, page: false, host: "127.0.0.1:3000" });
    expect(key("/embed/cameras?lang=en&theme=dark&highlight=dati")).toBe(`${canonical} @http://127.0.0.1:3000`);
    expect(key(`/embed/${P}/cameras?lang=xx&theme=%3Cscript%3E&highlight=nobody`)).toBe(`/embed/${P}/cameras @http://127.0.0.1:3000`);
    // Embeds are framed by other sites and asked for by anything: no navigation headers needed.
    expect(cachedRoute({ method: "GET", url: `/embed/${P}/cameras`, headers: { host: "127.0.0.1:3000" } })).toBeDefined();
  });

  it("leaves the origin out of the key when SITE_URL names it", () => {
    vi.stubEnv("SITE_URL", "https://charts.example.org/");
    const embed = route(`/embed/${P}/cameras`);
    expect(embed?.key).toBe(`/embed/${P}/cameras`);
    expect(embed?.host).toBeUndefined();
  });

  it("leaves to Next.js a Host that origin.ts would not trust; forged hosts never shut the real one out", () => {
    expect(route(`/embed/${P}/cameras`, { host: "evil.example/<script>" })).toBeUndefined();
    for (let i = 0; i < 3 * MAX_ORIGINS; i++) {
      expect(route(`/charts/${P}/cameras.svg`, { host: `forged-${i}.example` }), String(i)).toBeDefined();
      expect(route(`/charts/${P}/cameras.svg`), String(i)).toBeDefined();
    }
  });

  it("keys and fills by the scheme a TLS proxy reports, since the bytes' links name it", () => {
    const behindTls = route(`/embed/${P}/cameras`, { "x-forwarded-proto": "https" });
    expect(behindTls).toMatchObject({ key: `/embed/${P}/cameras @https://127.0.0.1:3000`, proto: "https" });
    expect(route(`/embed/${P}/cameras`)?.key).toBe(`/embed/${P}/cameras @http://127.0.0.1:3000`);
  });

  it("keys chart files by their options; only the PNG keeps format=og (the social card)", () => {
    expect(key(`/charts/${P}/cameras.svg?format=og&lang=en`)).toBe(`/charts/${P}/cameras.svg?lang=en @http://127.0.0.1:3000`);
    expect(key("/charts/cameras.csv")).toBe(`/charts/${P}/cameras.csv @http://127.0.0.1:3000`);
    expect(key(`/charts/${P}/theme-heatmap.png?format=og&lang=en`)).toBe(`/charts/${P}/theme-heatmap.png?lang=en&format=og @http://127.0.0.1:3000`);
    expect(key(`/charts/${P}/theme-heatmap.png?format=og`)).toBe(`/charts/${P}/theme-heatmap.png?format=og @http://127.0.0.1:3000`);
    expect(key(`/charts/${P}/theme-heatmap.png?format=huge`)).toBe(`/charts/${P}/theme-heatmap.png @http://127.0.0.1:3000`);
  });

  it("keys the dataset by election and pinned version, the legacy URL with the new one", () => {
    const earlier = live().versions[0]!.version;
    expect(route(`/api/elections/${P}/dataset?x=1`)).toMatchObject({ key: `/api/elections/${P}/dataset`, deps: live().etag, page: false });
    expect(key("/api/dataset")).toBe(`/api/elections/${P}/dataset`);
    expect(key(`/api/dataset?v=${earlier}`)).toBe(`/api/elections/${P}/dataset?v=${earlier}`);
  });

  it("leaves to Next.js unknown elections and charts, malformed or unknown versions, and the routes it does not keep", () => {
    for (const url of [
      "/embed/nowhere/cameras",
      `/embed/${P}/nope`,
      `/embed/${P}/cameras?v=123`,
      `/embed/${P}/cameras?v=000000000000`,
      `/charts/${P}/cameras.gif`,
      "/api/elections/nowhere/dataset",
      `/api/elections/${P}/dataset?v=abc`,
      `/api/elections/${P}/dataset/status`,
      "/api/dataset/status",
      "/api/oembed?url=x",
      "/robots.txt",
      "/",
    ]) {
      expect(route(url), url).toBeUndefined();
    }
  });

  it("keys the catalogue JSON, the feed and the host script by their path; the first two depend on every election", () => {
    expect(route("/api/elections?x=1")).toMatchObject({ key: "/api/elections @http://127.0.0.1:3000", deps: `${P}=${live().etag}` });
    expect(route("/corrections.xml")).toMatchObject({ key: "/corrections.xml @http://127.0.0.1:3000", deps: `${P}=${live().etag}` });
    expect(route("/embed.js?v=2")).toMatchObject({ key: "/embed.js", deps: "" });
  });

  it("keeps the site script under its current versioned URL only (another version is Next.js's 404)", () => {
    expect(route(SITE_SCRIPT_SRC)).toMatchObject({ key: SITE_SCRIPT_SRC, path: SITE_SCRIPT_SRC, deps: "" });
    expect(route("/site.js?v=old")).toBeUndefined();
    expect(route("/site.js")).toBeUndefined();
  });
});

describe("cachedRoute(request) with two elections", () => {
  it("keeps the catalogue as a page, and a correction changes the stamp of the corrected election's routes only", () => {
    const dir = twoElectionDatasetDir();
    vi.stubEnv("DATASET_DIR", dir);
    vi.stubEnv("DATASET_FILE", "");
    const routes = [
      `/fr/${FIXTURE_ELECTION}`,
      `/embed/${FIXTURE_ELECTION}/${FIXTURE_CHARTS.heatmap}`,
      `/api/elections/${FIXTURE_ELECTION}/dataset`,
      `/fr/${P}`,
      `/embed/${P}/cameras`,
      "/fr",
      "/api/elections",
      "/corrections.xml",
    ];
    const before = Object.fromEntries(routes.map((url) => [url, route(url)?.deps]));
    expect(Object.values(before).every(Boolean)).toBe(true);
    expect(route("/fr")).toMatchObject({ key: "/fr", page: true });

    writeFileSync(path.join(dir, `${FIXTURE_ELECTION}.json`), JSON.stringify(correctedFile((d) => (d.proposals[0].summary.fr = "Corrigé."), rawFixtureElection())));
    const changed = routes.filter((url) => route(url)?.deps !== before[url]);
    expect(changed).toEqual([
      `/fr/${FIXTURE_ELECTION}`,
      `/embed/${FIXTURE_ELECTION}/${FIXTURE_CHARTS.heatmap}`,
      `/api/elections/${FIXTURE_ELECTION}/dataset`,
      "/fr",
      "/api/elections",
      "/corrections.xml",
    ]);
  });
});
