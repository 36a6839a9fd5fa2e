import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/dataset/load";
import { buildRecord, currentPrerenderedPage, isDashboardPath, renderPerRequestCookie } from "./prerendered";

const live = loadDataset();
const page = { datasetVersion: live.etag, scriptHashes: ["sha256-a"] };
const query = (q: string) => new URLSearchParams(q);

describe("currentPrerenderedPage(params, page, live)", () => {
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

describe("isDashboardPath(pathname)", () => {
  it("is true for the two dashboards only", () => {
    expect(["/fr", "/en"].map(isDashboardPath)).toEqual([true, true]);
    expect(["/", "/de", "/fr/present", "/fr/", "/api/dataset"].map(isDashboardPath)).toEqual([false, false, false, false, false]);
  });
});

describe("buildRecord(distDir)", () => {
  it("ignores a record left by another build, whose hashes would block the new page's scripts", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "record-"));
    writeFileSync(path.join(dir, "BUILD_ID"), "new-build\n");
    writeFileSync(path.join(dir, "prerendered-pages.json"), JSON.stringify({ buildId: "old-build", draftModeId: "x", pages: {}, standInHashes: [] }));
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(buildRecord(dir)).toBeUndefined();
    } finally {
      console.warn = warn;
    }
  });

  it("renderPerRequestCookie is Next.js's draft-mode cookie with the build's id", () => {
    expect(renderPerRequestCookie({ buildId: "b", draftModeId: "abc", pages: {}, standInHashes: [] })).toBe("__prerender_bypass=abc");
  });
});
