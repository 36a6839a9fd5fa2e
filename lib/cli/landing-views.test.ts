// The views `npm run budget` holds to the page budgets, chosen from the data.
import { describe, expect, it } from "vitest";
import { rawDataset } from "../testing/fixtures";
import { heaviestCell, landingViews } from "./landing-views.mjs";

const proposal = (candidate: string, theme: string, quotes: { speech?: unknown[] }[]) => ({ candidate, theme, quotes: quotes.map((q) => ({ text: "x", ...q })) });

describe("heaviestCell(dataset)", () => {
  it("picks the cell with the most proposals, passages and spans of direct speech", () => {
    const d = {
      proposals: [proposal("a", "t1", [{}, {}]), proposal("b", "t1", [{ speech: [{}, {}] }]), proposal("b", "t1", [{}]), proposal("a", "t2", [{}])],
    };
    expect(heaviestCell(d)).toBe("b.t1");
  });

  it("breaks a tie by name, so the budget always measures the same view", () => {
    expect(heaviestCell({ proposals: [proposal("b", "t", [{}]), proposal("a", "t", [{}])] })).toBe("a.t");
  });

  it("finds Paris 2020's longest panel in its data: Agnès Buzyn on facial recognition", () => {
    expect(heaviestCell(rawDataset())).toBe("buzyn.surveillance");
  });
});

describe("landingViews(dataset, langs)", () => {
  it("lists the default view and the heaviest cell open, in each language", () => {
    expect(landingViews(rawDataset(), ["fr", "en"])).toEqual(["/fr/paris-2020", "/fr/paris-2020?cell=buzyn.surveillance", "/en/paris-2020", "/en/paris-2020?cell=buzyn.surveillance"]);
  });

  it("lists the default view alone for an election without proposals", () => {
    expect(landingViews({ election: { id: "x" }, proposals: [] }, ["fr"])).toEqual(["/fr/x"]);
  });
});
