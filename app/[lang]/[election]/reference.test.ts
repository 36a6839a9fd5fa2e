// What the reference pages share: their metadata names only what exists, so an unknown
// candidate's or theme's URL gets no title made of its own text (its page answers 404).
import { describe, expect, it } from "vitest";
import { referenceMetadata } from "./reference";

describe("referenceMetadata(lang, election, page)", () => {
  it("titles a known candidate's and theme's page, the figures and the terms", () => {
    expect(referenceMetadata("fr", "paris-2020", { page: "candidate", item: "dati" }).title).toBe("Rachida Dati · Paris 2020 numérique");
    expect(referenceMetadata("en", "paris-2020", { page: "theme", item: "surveillance" }).title).toMatch(/ · /);
    expect(referenceMetadata("fr", "paris-2020", { page: "figures" }).title).toMatch(/^Les chiffres · /);
    expect(referenceMetadata("en", "paris-2020", { page: "terms" }).alternates?.canonical).toBe("/en/paris-2020/terms");
  });

  it("is empty for an unknown language, election, candidate or theme, echoing nothing of the URL", () => {
    for (const [lang, election, page] of [
      ["de", "paris-2020", { page: "figures" }],
      ["fr", "lyon-2026", { page: "figures" }],
      ["fr", "paris-2020", { page: "candidate", item: "<script>" }],
      ["fr", "paris-2020", { page: "theme", item: "dati" }],
    ] as const) {
      expect(referenceMetadata(lang, election, page), `${lang} ${election} ${JSON.stringify(page)}`).toEqual({});
    }
  });
});
