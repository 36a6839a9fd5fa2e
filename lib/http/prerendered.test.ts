import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LEGACY_ELECTION, loadDataset } from "@/lib/dataset/load";
import { buildRecord, canonicalViewQuery, currentPrerenderedPage, isOwnRender, prerenderedPageOf, renderPerRequestCookie } from "./prerendered";

const live = loadDataset(LEGACY_ELECTION);
const page = { datasetVersion: live.etag, scriptHashes: ["sha256-a"] };
const query = (q: string) => canonicalViewQuery(new URLSearchParams(q), live);

describe("canonicalViewQuery(params, live)", () => {
  it("writes equal views alike, whatever the order, separators or noise", () => {
    expect(query("cell=dati.surveillance&hide=villani&highlight=dati&utm_source=x")).toBe("?highlight=dati&hide=villani&cell=dati.surveillance");
    expect(query("hide=belliard&hide=villani")).toBe(query("hide=villani,belliard"));
  });

  it("keeps v only for an earlier version of the live data: the latest is the default view, anything else noise", () => {
    const earlier = { dataset: live.dataset, versions: [{ version: "000000000001" }, { version: live.dataset.version }] };
    expect(canonicalViewQuery(new URLSearchParams("v=000000000001&highlight=dati"), earlier as never)).toBe("?highlight=dati&v=000000000001");
    expect(query(`v=${live.dataset.version}`)).toBe("");
    expect(query("v=%3Cscript%3E")).toBe("");
  });
});

describe("currentPrerenderedPage(query, page, live)", () => {
  it("serves the prerendered page for the default view of the dataset it was built from", () => {
    expect(currentPrerenderedPage(query(""), page, live)).toBe(page);
  });

  it("serves it too when the query says nothing a view reads, or only unknown or hostile values", () => {
    for (const q of ["utm_source=newsletter", "highlight=nobody", "hide=%3Cscript%3E", "cell=dati", "filter=1&show=" + live.dataset.candidates.map((c) => c.id).join("&show=")]) {
      expect(currentPrerenderedPage(query(q), page, live), q).toBe(page);
    }
  });

  it("renders per request any other view: a highlight, hidden candidates, an open cell", () => {
    for (const q of ["highlight=dati", "hide=villani", "cell=dati.surveillance", "filter=1&show=dati"]) {
      expect(currentPrerenderedPage(query(q), page, live), q).toBeUndefined();
    }
  });

  it("renders per request once the dataset has been corrected since the build, or when nothing was prerendered", () => {
    expect(currentPrerenderedPage(query(""), { ...page, datasetVersion: '"older"' }, live)).toBeUndefined();
    expect(currentPrerenderedPage(query(""), undefined, live)).toBeUndefined();
  });
});

describe("buildRecord(distDir)", () => {
  it("ignores a record left by another build, whose hashes would block the new page's scripts", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "record-"));
    writeFileSync(path.join(dir, "BUILD_ID"), "new-build\n");
    writeFileSync(path.join(dir, "prerendered-pages.json"), JSON.stringify({ buildId: "old-build", draftModeId: "x", siteUrl: "", pages: {}, standInHashes: [] }));
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(buildRecord(dir)).toBeUndefined();
    } finally {
      console.warn = warn;
    }
  });

  it("renderPerRequestCookie is Next.js's draft-mode cookie with the build's id; isOwnRender recognises it, and only it", () => {
    const record = { buildId: "b", draftModeId: "abc", siteUrl: "", pages: {}, standInHashes: [] };
    expect(renderPerRequestCookie(record)).toBe("__prerender_bypass=abc");
    const jar = (value?: string) => ({ get: () => (value === undefined ? undefined : { value }) });
    expect(isOwnRender(jar("abc"), record)).toBe(true);
    expect([jar("abd"), jar(""), jar()].map((j) => isOwnRender(j, record))).toEqual([false, false, false]);
  });
});

describe("prerenderedPageOf(record, pathname, siteUrl)", () => {
  it("gives the page only to a server that runs with the SITE_URL the build used: its absolute links name that site", () => {
    const record = { buildId: "b", draftModeId: "x", siteUrl: "https://charts.example.org", pages: { "/fr/paris-2020": page }, standInHashes: [] };
    expect(prerenderedPageOf(record, "/fr/paris-2020", "https://charts.example.org")).toBe(page);
    expect(prerenderedPageOf(record, "/en/paris-2020", "https://charts.example.org")).toBeUndefined();
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(prerenderedPageOf(record, "/fr/paris-2020", "")).toBeUndefined();
      expect(prerenderedPageOf(record, "/fr/paris-2020", "https://other.example.org")).toBeUndefined();
    } finally {
      console.warn = warn;
    }
  });
});
