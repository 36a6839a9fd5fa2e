import { describe, expect, it } from "vitest";
import { normalizeView, parseView, viewQuery } from "./view";

const d = {
  candidates: ["hidalgo", "dati", "buzyn"].map((id) => ({ id })),
  themes: ["open-data", "platforms"].map((id) => ({ id })),
} as Parameters<typeof parseView>[1];

describe("parseView(params, dataset)", () => {
  it("reads highlight, hidden candidates and the open cell", () => {
    expect(parseView({ highlight: "dati", hide: "buzyn", cell: "hidalgo.platforms" }, d)).toEqual({
      highlight: "dati",
      hidden: ["buzyn"],
      cell: { candidate: "hidalgo", theme: "platforms" },
    });
  });

  it("accepts hide repeated (a plain form) or comma-separated (a shared link), in dataset order", () => {
    expect(parseView({ hide: ["buzyn", "hidalgo"] }, d).hidden).toEqual(["hidalgo", "buzyn"]);
    expect(parseView({ hide: "buzyn,hidalgo" }, d).hidden).toEqual(["hidalgo", "buzyn"]);
  });

  it("reads the plain form's shown candidates (filter=1&show=…) as the others hidden", () => {
    expect(parseView({ filter: "1", show: ["dati", "buzyn"], highlight: "" }, d)).toEqual({ hidden: ["hidalgo"] });
    expect(parseView({ filter: "1" }, d).hidden).toEqual([]);
  });

  it("drops unknown or hostile values instead of echoing them", () => {
    expect(parseView({ highlight: "<script>", hide: "x,../etc", cell: "dati.<b>" }, d)).toEqual({ hidden: [] });
    expect(parseView({ cell: "nobody.platforms" }, d)).toEqual({ hidden: [] });
  });

  it("never hides every candidate, and never highlights or opens a hidden one", () => {
    expect(parseView({ hide: "hidalgo,dati,buzyn" }, d).hidden).toEqual([]);
    expect(parseView({ hide: "dati", highlight: "dati", cell: "dati.platforms" }, d)).toEqual({ hidden: ["dati"] });
  });
});

describe("normalizeView(view, candidateCount)", () => {
  it("applies the same rules to a view built in the browser as to one read from a URL", () => {
    expect(normalizeView({ hidden: ["a", "b"], highlight: "a", cell: { candidate: "b", theme: "t" } }, 3)).toEqual({ hidden: ["a", "b"] });
    expect(normalizeView({ hidden: ["a", "b", "c"], highlight: "a" }, 3)).toEqual({ hidden: [], highlight: "a" });
  });
});

describe("viewQuery(view)", () => {
  it("writes a canonical query string that parses back to the same view", () => {
    const view = { highlight: "dati", hidden: ["hidalgo", "buzyn"], cell: { candidate: "dati", theme: "open-data" } };
    const query = viewQuery(view);
    expect(query).toBe("?highlight=dati&hide=hidalgo,buzyn&cell=dati.open-data");
    expect(parseView(Object.fromEntries(new URLSearchParams(query)), d)).toEqual(view);
    expect(viewQuery({ hidden: [] })).toBe("");
  });
});

describe("parseView(params, dataset, pinnable) with v", () => {
  it("keeps a pinned earlier version and writes it back as v", () => {
    const view = parseView({ v: "5b1a38560827", highlight: "dati" }, d, ["5b1a38560827"]);
    expect(view).toEqual({ hidden: [], highlight: "dati", version: "5b1a38560827" });
    expect(viewQuery(view)).toBe("?highlight=dati&v=5b1a38560827");
  });

  it("drops a version it does not know, the latest included, never echoing it", () => {
    expect(parseView({ v: "5b1a38560827" }, d)).toEqual({ hidden: [] });
    expect(parseView({ v: "<script>" }, d, ["5b1a38560827"])).toEqual({ hidden: [] });
  });
});
