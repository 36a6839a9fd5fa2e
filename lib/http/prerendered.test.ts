import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LEGACY_ELECTION, loadDataset } from "@/lib/dataset/load";
import { buildRecord, canonicalViewQuery, isOwnRender, renderPerRequestCookie } from "./prerendered";

const live = loadDataset(LEGACY_ELECTION);
const query = (q: string) => canonicalViewQuery(new URLSearchParams(q), live);

describe("canonicalViewQuery(params, live)", () => {
  it("writes equal views alike, whatever the order, separators or noise", () => {
    expect(query("cell=dati.surveillance&hide=villani&highlight=dati&utm_source=x")).toBe("?highlight=dati&hide=villani&cell=dati.surveillance");
    expect(query("hide=belliard&hide=villani")).toBe(query("hide=villani,belliard"));
  });

  it("gives the default view for a query that says nothing a view reads, or only unknown or hostile values", () => {
    for (const q of ["", "utm_source=newsletter", "highlight=nobody", "hide=%3Cscript%3E", "cell=dati", `filter=1&show=${live.dataset.candidates.map((c) => c.id).join("&show=")}`]) {
      expect(query(q), q).toBe("");
    }
  });

  it("keeps v only for an earlier version of the live data: the latest is the default view, anything else noise", () => {
    const earlier = { dataset: live.dataset, versions: [{ version: "000000000001" }, { version: live.dataset.version }] };
    expect(canonicalViewQuery(new URLSearchParams("v=000000000001&highlight=dati"), earlier as never)).toBe("?highlight=dati&v=000000000001");
    expect(query(`v=${live.dataset.version}`)).toBe("");
    expect(query("v=%3Cscript%3E")).toBe("");
  });
});

describe("buildRecord(distDir)", () => {
  it("ignores a record left by another build, whose hashes would block the new page's scripts", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "record-"));
    writeFileSync(path.join(dir, "BUILD_ID"), "new-build\n");
    writeFileSync(path.join(dir, "prerendered-pages.json"), JSON.stringify({ buildId: "old-build", draftModeId: "x", standInHashes: [] }));
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(buildRecord(dir)).toBeUndefined();
    } finally {
      console.warn = warn;
    }
  });

  it("renderPerRequestCookie is Next.js's draft-mode cookie with the build's id; isOwnRender recognises it, and only it", () => {
    const record = { buildId: "b", draftModeId: "abc", standInHashes: [] };
    expect(renderPerRequestCookie(record)).toBe("__prerender_bypass=abc");
    const jar = (value?: string) => ({ get: () => (value === undefined ? undefined : { value }) });
    expect(isOwnRender(jar("abc"), record)).toBe(true);
    expect([jar("abd"), jar(""), jar()].map((j) => isOwnRender(j, record))).toEqual([false, false, false]);
  });
});
