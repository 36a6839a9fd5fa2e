// A dataset's presentation block: takeaway templates (placeholders and plural forms), the rules
// check.ts adds for it, each problem located by its path, and the presentation's place outside
// the version hash (edited without a correction; `npm run data:correct` says so).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_FILE, rawFixtureElection } from "../testing/fixture-election";
import { formatProblem, validateDataset } from "./check";
import { checkSuccessor, contentOf, versionOf } from "./history";
import { checkPresentation, fillTemplate, placeholdersOf } from "./presentation";
import { validateWithHistory } from "./read";
import { type Dataset, DatasetSchema } from "./schema";

/** The fixture election after an edit of its raw JSON, structurally valid (checkPresentation's rules are what the tests ask about). */
function fixture(edit: (d: Record<string, any>) => void = () => {}): Dataset {
  const raw = rawFixtureElection();
  edit(raw);
  return DatasetSchema.parse(raw);
}

/** checkPresentation's problems as editors read them. */
const problemsOf = (d: Dataset) => checkPresentation(d).map(formatProblem);

describe("fillTemplate(template, values)", () => {
  it("replaces each {name} by its value, numbers printed as they are", () => {
    expect(fillTemplate("{term} : absent de {count} des {outOf} {corpus}.", { term: "climat", count: 2, outOf: 3, corpus: "professions de foi" })).toBe(
      "climat : absent de 2 des 3 professions de foi.",
    );
  });

  it("leaves a placeholder it has no value for as written (checkPresentation reports it before any page shows it)", () => {
    expect(fillTemplate("{count} et {foo} et {foo|un|#}", { count: 1 })).toBe("1 et {foo} et {foo|un|#}");
  });

  it("chooses the one or other form of {name|one|other} by the number, 0 taking other", () => {
    const template = "{n|# jour|# jours}";
    expect(fillTemplate(template, { n: 1 })).toBe("1 jour");
    expect(fillTemplate(template, { n: 12 })).toBe("12 jours");
    expect(fillTemplate(template, { n: 0 })).toBe("0 jours");
  });

  it("chooses the zero, one or other form of {name|zero|one|other}, an empty form printing nothing", () => {
    const template = "Trois candidats{missing|| ; l’autre se tait| ; les # autres se taisent}.";
    expect(fillTemplate(template, { missing: 0 })).toBe("Trois candidats.");
    expect(fillTemplate(template, { missing: 1 })).toBe("Trois candidats ; l’autre se tait.");
    expect(fillTemplate(template, { missing: 2 })).toBe("Trois candidats ; les 2 autres se taisent.");
  });

  it("puts the number for every # of the chosen form, and fills the plain placeholders inside it", () => {
    expect(fillTemplate("{count|aucun|un : {values}|# sur #, soit {values}}", { count: 2, values: "4 (A), 6 (B)" })).toBe("2 sur 2, soit 4 (A), 6 (B)");
    expect(fillTemplate("{count|aucun|un : {values}|#}", { count: 1, values: "4 (A)" })).toBe("un : 4 (A)");
  });

  it("leaves # alone outside a plural form", () => {
    expect(fillTemplate("n° #{count}", { count: 3 })).toBe("n° #3");
  });
});

describe("placeholdersOf(template)", () => {
  it("lists plain placeholders, plural ones and the plain ones inside plural forms", () => {
    expect(placeholdersOf("{term} {count|aucun|un : {values}|#} {missing||l’autre|les # autres}").sort()).toEqual(["count", "missing", "term", "values"]);
  });

  it("finds none in plain text, in # or in braces that are not a placeholder", () => {
    expect(placeholdersOf("Trois candidats, # et { } et {1} et {a-b}.")).toEqual([]);
  });
});

describe("checkPresentation(dataset)", () => {
  it("finds nothing wrong with the fixture election's presentation", () => {
    expect(problemsOf(fixture())).toEqual([]);
  });

  it("reports a chart slug used twice, at the second use", () => {
    const d = fixture((raw) => (raw.presentation.charts[2].slug = "grille"));
    expect(problemsOf(d)).toEqual(['presentation.charts[2].slug: duplicate chart slug "grille" (first at presentation.charts[0])']);
  });

  it("reports a figure-bars chart whose measure the dataset does not have", () => {
    const d = fixture((raw) => (raw.presentation.charts[1].measure = "bike-lanes-km"));
    expect(problemsOf(d)).toEqual(['presentation.charts[1].measure: unknown measure id "bike-lanes-km"']);
  });

  it("reports a stanceTheme that is not a contested theme (only contested themes carry a stance)", () => {
    const d = fixture((raw) => (raw.presentation.charts[1].stanceTheme = "mobilites"));
    expect(problemsOf(d)).toEqual(['presentation.charts[1].stanceTheme: "mobilites" is not a contested theme: only contested themes carry a stance']);
  });

  it("reports a keyword pattern that is not a valid regular expression, with the engine's reason", () => {
    const d = fixture((raw) => (raw.presentation.charts[2].keywords[1].pattern = "voitures?("));
    expect(problemsOf(d)).toEqual([expect.stringMatching(/^presentation\.charts\[2\]\.keywords\[1\]\.pattern: not a valid regular expression \(.+\)$/)]);
  });

  it("reports an unknown placeholder, plain or plural, per language, with the placeholders the chart's kind knows", () => {
    const d = fixture((raw) => {
      raw.presentation.charts[1].takeaway.fr = "{foo} et {count}";
      raw.presentation.charts[1].takeaway.en = "{bar|one|other}";
    });
    expect(problemsOf(d)).toEqual([
      "presentation.charts[1].takeaway.fr: unknown placeholder {foo}; this kind knows {values}, {count}, {missing}",
      "presentation.charts[1].takeaway.en: unknown placeholder {bar}; this kind knows {values}, {count}, {missing}",
    ]);
  });

  it("reports a placeholder of another kind as unknown: a heatmap has no {values}", () => {
    const d = fixture((raw) => (raw.presentation.charts[0].takeaway.en = "{values}"));
    expect(problemsOf(d)).toEqual(["presentation.charts[0].takeaway.en: unknown placeholder {values}; this kind knows {universal}, {silent}, {total}"]);
  });

  it("reports a second heatmap: the dashboard has one cell panel", () => {
    const twice = fixture((d) => d.presentation.charts.push({ ...d.presentation.charts.find((c: { kind: string }) => c.kind === "heatmap"), slug: "grille-bis" }));
    expect(problemsOf(twice)).toEqual([expect.stringMatching(/^presentation\.charts\[3\]\.kind: a second heatmap \(the first is presentation\.charts\[0\]\): an election has one$/)]);
  });

  it("reports a figure whose unit is neither built in nor given words in presentation.units, and words without {value}", () => {
    const unknown = fixture((d) => (d.figures[0].unit = "bike-lanes"));
    expect(problemsOf(unknown)).toEqual([
      expect.stringMatching(/^figures\[0\]\.unit: unknown unit "bike-lanes": use a built-in one \(multiplier, nights, days, calendar-year, ordinal\) or give its words in presentation\.units$/),
    ]);
    const declared = fixture((d) => {
      d.figures[0].unit = "bike-lanes";
      d.presentation.units = { "bike-lanes": { fr: "{value} km de pistes", en: "km of lanes" } };
    });
    expect(problemsOf(declared)).toEqual(["presentation.units.bike-lanes.en: must hold {value}, where the number goes"]);
  });

  it("is part of validateDataset: a file with a broken presentation is not a valid dataset", () => {
    const raw = rawFixtureElection();
    raw.presentation.charts[1].measure = "bike-lanes-km";
    const result = validateDataset(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map(formatProblem)).toEqual(['presentation.charts[1].measure: unknown measure id "bike-lanes-km"']);
  });
});

/** The fixture with its framing changed: another title, one chart fewer, the others swapped. */
function reframed(): Record<string, any> {
  const raw = rawFixtureElection();
  raw.presentation.title.fr = "Un autre titre";
  raw.presentation.charts = [raw.presentation.charts[2], raw.presentation.charts[0]];
  return raw;
}

describe("the presentation outside the version (history.ts contentOf)", () => {
  it("keeps the version when only the presentation changes, and changes it when the data does", () => {
    const raw = rawFixtureElection();
    expect(versionOf(contentOf(DatasetSchema.parse(reframed())))).toBe(raw.version);
    raw.figures[1].value.value = 5;
    expect(versionOf(contentOf(DatasetSchema.parse(raw)))).not.toBe(raw.version);
  });

  it("accepts a presentation edit as a successor without a correction, and shows every earlier version with the new presentation", () => {
    const result = validateWithHistory(reframed());
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    expect(checkSuccessor(fixture(), result.dataset)).toEqual([]);
    expect(result.versions).toHaveLength(2);
    for (const v of result.versions) expect(v.dataset.presentation.charts.map((c) => c.slug)).toEqual(["mots", "grille"]);
  });
});

describe("npm run data:correct -- EDITED --file FILE, with only the presentation edited", () => {
  it("refuses, says that a presentation edit needs no correction, exits 1 and leaves FILE as it was", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "data-correct-"));
    const file = path.join(dir, "bourg-imaginaire-2031.json");
    const edited = path.join(dir, "edited.json");
    const published = readFileSync(FIXTURE_FILE, "utf8");
    writeFileSync(file, published);
    writeFileSync(edited, JSON.stringify(reframed()));
    const run = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/data-correct.ts", edited, "--file", file, "--reason-fr", "Titre", "--reason-en", "Title"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `${edited} holds the same data as ${file} (version ${rawFixtureElection().version}): nothing to correct. (A presentation edit needs no correction: save it in ${file}.)`,
    );
    expect(readFileSync(file, "utf8")).toBe(published);
  });
});
