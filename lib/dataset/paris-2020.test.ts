// The real dataset against the product's promises (DESIGN.md §4), beyond what the validator checks.
import { describe, expect, it } from "vitest";
import { rawDataset } from "../testing/fixtures";
import { validateDataset } from "./check";
import type { Dataset } from "./schema";
import { codedLevel, proposalsOf } from "./select";

function dataset(): Dataset {
  const result = validateDataset(rawDataset());
  if (!result.ok) throw new Error("the real dataset is invalid");
  return result.dataset;
}

describe("the Paris 2020 dataset", () => {
  const d = dataset();

  it("has the six candidates with their fixed ids, in the article's order", () => {
    expect(d.candidates.map((c) => c.id)).toEqual(["hidalgo", "dati", "buzyn", "villani", "belliard", "simonnet"]);
  });

  it("keeps both spellings of Danielle Simonnet that the article uses", () => {
    expect(d.candidates.find((c) => c.id === "simonnet")?.spellings).toEqual(["Danielle Simonnet", "Danielle Simonet"]);
  });

  it("gives every candidate a cell for every theme", () => {
    for (const c of d.candidates) for (const t of d.themes) expect(d.cells.filter((x) => x.candidate === c.id && x.theme === t.id)).toHaveLength(1);
  });

  it("backs every non-silent cell with at least one quoted proposal, and no silent cell with any", () => {
    for (const cell of d.cells) {
      const proposals = proposalsOf(d, cell.candidate, cell.theme);
      expect(proposals.length > 0, `${cell.candidate} × ${cell.theme}`).toBe(cell.level > 0);
      expect(cell.level).toBe(codedLevel(proposals));
      for (const p of proposals) expect(p.quotes.length).toBeGreaterThan(0);
    }
  });

  it("codes the two flagship proposals the article names, and only those", () => {
    expect(d.proposals.filter((p) => p.flagship).map((p) => p.id)).toEqual(["hidalgo-platforms-balance-of-power", "villani-ai-traffic"]);
  });

  it("codes facial recognition as contested, with Belliard not mentioned rather than against", () => {
    const stances = Object.fromEntries(d.cells.filter((c) => c.theme === "surveillance").map((c) => [c.candidate, c.stance]));
    expect(stances).toEqual({ hidalgo: "against", dati: "undecided", buzyn: "conditional", villani: "conditional", belliard: "not-mentioned", simonnet: "against" });
  });

  it("gives figures only to existing candidates", () => {
    const ids = new Set(d.candidates.map((c) => c.id));
    for (const f of d.figures) if (f.subject.kind === "candidate") expect(ids.has(f.subject.candidate)).toBe(true);
  });

  it("keeps the camera multipliers the source gives: ×4 for Buzyn's list, ×3 for Dati", () => {
    const cameras = d.figures.filter((f) => f.measure === "cctv-cameras");
    expect(cameras.map((f) => [f.subject.kind === "candidate" && f.subject.candidate, f.value])).toEqual([
      ["buzyn", { kind: "single", value: 4 }],
      ["dati", { kind: "single", value: 3 }],
    ]);
    expect(cameras.find((f) => f.value.kind === "single" && f.value.value === 4)?.attribution).toEqual({ by: "list" });
  });

  it("keeps rental caps as stated: options, a zone, nights vs days, 'per year' only for Belliard", () => {
    const caps = Object.fromEntries(d.figures.filter((f) => f.measure === "short-term-rental-cap").map((f) => [f.subject.kind === "candidate" && f.subject.candidate, f]));
    expect(caps.hidalgo?.value).toMatchObject({ kind: "options", values: [30, 60, 120] });
    expect(caps.dati?.value).toMatchObject({ kind: "zoned", general: 60, zones: [{ value: 30 }] });
    expect(caps.belliard?.value).toEqual({ kind: "single", value: 45 });
    expect([caps.hidalgo?.unit, caps.dati?.unit, caps.belliard?.unit]).toEqual(["days", "days", "nights"]);
    expect([caps.hidalgo?.per, caps.dati?.per, caps.belliard?.per]).toEqual([undefined, undefined, "year"]);
  });

  it("leaves the 'numérique' claim unattributed: 3 of 6 paper programmes, no candidate named", () => {
    const fact = d.termUsage.find((t) => t.term === "numérique");
    expect(fact?.claim).toMatchObject({ kind: "absent-from", count: 3, outOf: 6 });
    expect(fact?.attribution).toEqual({ by: "article" });
    expect(JSON.stringify(fact)).not.toMatch(/hidalgo|dati|buzyn|villani|belliard|simonnet/i);
  });

  it("describes the source without inventing a title, outlet, author or date", () => {
    expect(d.source).toMatchObject({ title: null, outlet: null, author: null, publishedOn: null, writtenBefore: "2020-03-15" });
  });

  it("writes every summary in both languages, and differently (no untranslated copy)", () => {
    for (const p of d.proposals) expect(p.summary.fr, p.id).not.toBe(p.summary.en);
  });

  it("attributes the three quoted spokespeople to the right candidates", () => {
    expect(d.spokespeople.map((s) => [s.name, s.for])).toEqual([
      ["Jean-Louis Missika", "hidalgo"],
      ["Paul Midy", "buzyn"],
      ["Gilles Mentré", "dati"],
    ]);
  });
});
