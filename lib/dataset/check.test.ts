import { describe, expect, it } from "vitest";
import { brokenDataset, rawDataset } from "../testing/fixtures";
import { formatPath, formatProblem, validateDataset } from "./check";

/** The formatted problems of a dataset, as `npm run data:check` prints them. */
function problemsOf(d: unknown): string[] {
  const result = validateDataset(d);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("validateDataset", () => {
  it("accepts the real Paris 2020 dataset", () => {
    expect(problemsOf(rawDataset())).toEqual([]);
  });

  const cases: [string, (d: Record<string, any>) => void, string][] = [
    ["a proposal without quotes", (d) => (d.proposals[12].quotes = []), "proposals[12].quotes: at least one quote is required"],
    ["an empty quote", (d) => (d.proposals[3].quotes[0].text = "  "), "proposals[3].quotes[0].text: a quote cannot be empty"],
    ["a figure without quotes", (d) => delete d.figures[2].quotes, "figures[2].quotes:"],
    ["an unknown candidate id", (d) => (d.proposals[5].candidate = "macron"), 'proposals[5].candidate: unknown candidate id "macron"'],
    ["an unknown theme id", (d) => (d.proposals[6].theme = "transport"), 'proposals[6].theme: unknown theme id "transport"'],
    ["a level out of range", (d) => (d.cells[4].level = 4), "cells[4].level: a level is a whole number from 0 to 3"],
    ["a fractional level", (d) => (d.cells[4].level = 1.5), "cells[4].level: a level is a whole number from 0 to 3"],
    ["a duplicate proposal id", (d) => (d.proposals[9].id = d.proposals[8].id), `proposals[9].id: duplicate id "${rawDataset().proposals[8].id}" (first at proposals[8])`],
    ["a figure without unit", (d) => delete d.figures[0].unit, "figures[0].unit:"],
    ["an unknown unit", (d) => (d.figures[0].unit = "weeks"), "figures[0].unit:"],
    ["a level stored as a string", (d) => (d.cells[1].level = "2"), "cells[1].level:"],
    ["quotes given as a string", (d) => (d.proposals[0].quotes = "un texte"), "proposals[0].quotes:"],
    ["a summary missing its English", (d) => delete d.proposals[1].summary.en, "proposals[1].summary.en:"],
    ["an unknown field", (d) => (d.candidates[0].age = 60), "candidates[0]: Unrecognized key"],
    [
      "a spokesperson attributed to another candidate",
      (d) => (d.proposals[5].attribution = { by: "spokesperson", spokesperson: "midy" }),
      'proposals[5].attribution.spokesperson: "midy" speaks for "buzyn"',
    ],
    ["a party that is not the candidate's", (d) => (d.proposals[0].attribution = { by: "party", party: "LR" }), "proposals[0].attribution.party:"],
    ["an unknown attribution kind", (d) => (d.proposals[0].attribution = { by: "rumour" }), "proposals[0].attribution.by:"],
    ["a level that breaks the codebook rule", (d) => (d.cells[7].level = 1), "cells[7].level: coded 1, but the codebook's rule gives 2"],
    ["a missing cell", (d) => d.cells.pop(), "cells: missing cell for simonnet × own-projects"],
    ["a duplicate cell", (d) => d.cells.push({ ...d.cells[0] }), "cells[42]: duplicate cell for hidalgo × open-data (first at cells[0])"],
    ["a contested cell without stance", (d) => delete d.cells.find((c: any) => c.theme === "surveillance").stance, '.stance: theme "surveillance" is contested: a stance is required'],
    ["a silent cell coded as against", (d) => (d.cells.find((c: any) => c.theme === "surveillance" && c.level === 0).stance = "against"), `a silent cell's stance is "not-mentioned"`],
    ["a figure for an unknown candidate", (d) => (d.figures[0].subject.candidate = "zemmour"), 'figures[0].subject.candidate: unknown candidate id "zemmour"'],
    ["a figure pointing to an unknown measure", (d) => (d.figures[1].measure = "trees"), 'figures[1].measure: unknown measure id "trees"'],
    ["options that are not distinct", (d) => (d.figures[2].value.values = [30, 30]), "figures[2].value.values: options must be distinct"],
    ["a negative figure", (d) => (d.figures[0].value.value = -4), "figures[0].value.value: a figure must be a positive number"],
    ["a term absent from its quotes", (d) => (d.termUsage[0].term = "digital"), 'termUsage[0].term: "digital" appears in none of its quotes'],
    ["a spelling found in no quote", (d) => d.candidates[5].spellings.push("Danièle Simone"), 'candidates[5].spellings[2]: "Danièle Simone" appears in no quote'],
    ["an id that is not a slug", (d) => (d.themes[0].id = "Open Data"), "themes[0].id: must be a lower-case slug"],
    ["an invalid date", (d) => (d.election.rounds[0].date = "15/03/2020"), "election.rounds[0].date:"],
    ["the election id present, which /{lang}/present already names", (d) => (d.election.id = "present"), 'election.id: "present" is reserved: /{lang}/present is the presenter'],
    ["the election id corrections", (d) => (d.election.id = "corrections"), 'election.id: "corrections" is reserved: /{lang}/corrections is the corrections log'],
    ["the election id _, where unrouted paths are sent", (d) => (d.election.id = "_"), 'election.id: "_" is reserved: /fr/_/… is where paths that name no route are sent'],
  ];

  for (const [what, change, expected] of cases) {
    it(`rejects ${what} with its path`, () => {
      const problems = problemsOf(brokenDataset(change));
      expect(problems.length).toBeGreaterThan(0);
      expect(
        problems.some((p) => p.startsWith(expected) || p.includes(expected)),
        problems.join("\n"),
      ).toBe(true);
    });
  }

  it("rejects values that are not a dataset at all without throwing", () => {
    for (const value of [null, 42, "dataset", [], {}]) expect(problemsOf(value).length).toBeGreaterThan(0);
  });
});

describe("formatPath", () => {
  it("writes array indices in brackets and keys with dots", () => {
    expect(formatPath(["proposals", 12, "quotes"])).toBe("proposals[12].quotes");
    expect(formatPath(["cells", 0, "level"])).toBe("cells[0].level");
    expect(formatPath([])).toBe("(root)");
  });
});
