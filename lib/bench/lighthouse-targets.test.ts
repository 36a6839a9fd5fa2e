import { describe, expect, it } from "vitest";
import { lighthouseUrls, misses } from "./lighthouse-targets.mjs";

const PERFECT = { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 };

describe("misses", () => {
  it("misses(row) names every target a dashboard-like page misses, with its figure", () => {
    expect(misses({ kind: "dashboard", scores: { ...PERFECT, performance: 97 }, lcp: 2010, tbt: 51, cls: 0.001 })).toEqual(["performance 97", "LCP 2010 ms", "TBT 51 ms", "CLS 0.001"]);
  });

  it("misses(row) accepts a dashboard exactly at its limits (LCP 1,200 ms, TBT 50 ms)", () => {
    expect(misses({ kind: "dashboard", scores: PERFECT, lcp: 1200, tbt: 50, cls: 0 })).toEqual([]);
  });

  it("misses(row) holds an embed to 100 in every category, not to the dashboard's LCP", () => {
    expect(misses({ kind: "embed", scores: PERFECT, lcp: 1500, tbt: 80, cls: 0 })).toEqual([]);
    expect(misses({ kind: "embed", scores: { ...PERFECT, seo: 92 }, lcp: 700, tbt: 0, cls: 0 })).toEqual(["seo 92"]);
  });
});

describe("the floor", () => {
  it("misses(row) holds the floor page to nothing: it measures the machine", () => {
    expect(misses({ kind: "floor", scores: { ...PERFECT, performance: 70 }, lcp: 3000, tbt: 400, cls: 0 })).toEqual([]);
  });

  it("lighthouseUrls(slugs, election, floorPath) measures the floor page last", () => {
    expect(lighthouseUrls(["cameras"], "paris-2020", "/charts/_bench/lighthouse-floor.html").at(-1)).toEqual({ path: "/charts/_bench/lighthouse-floor.html", kind: "floor" });
    expect(lighthouseUrls(["cameras"]).some((u) => u.kind === "floor")).toBe(false);
  });
});

describe("lighthouseUrls", () => {
  it("lighthouseUrls(slugs) measures /fr and /en, a shared view, a candidate page, the presenter and one embed per chart", () => {
    const urls = lighthouseUrls(["cameras", "keywords"]);
    expect(urls.map((u) => u.path)).toEqual([
      "/fr",
      "/en",
      "/fr/paris-2020?highlight=dati&cell=dati.surveillance",
      "/fr/paris-2020/candidates/dati",
      "/fr/paris-2020/present?slide=2",
      "/embed/paris-2020/cameras",
      "/embed/paris-2020/keywords",
    ]);
    expect(urls.map((u) => u.path)).toContain("/fr/paris-2020/candidates/dati");
  });
});
