// Voice in the data tables and CSV downloads: the article is every quote's source, direct speech
// carries its speaker, the position's owner is a column of its own, and a silent cell is words.
import { describe, expect, it } from "vitest";
import { validateDataset } from "../dataset/check";
import type { Dataset } from "../dataset/schema";
import { allSpeech } from "../dataset/select";
import { getDictionary } from "../i18n";
import { brokenDataset, rawDataset } from "../testing/fixtures";
import { EMPTY_VIEW } from "../view";
import { buildChart, chartSlugs } from "./registry";
import { keywordCounts } from "./term-usage";
import type { TableSpec } from "./types";

const valid = (raw: unknown) => {
  const v = validateDataset(raw);
  if (!v.ok) throw new Error(v.problems.map((p) => p.message).join("\n"));
  return v.dataset;
};
const dataset = valid(rawDataset());
const csvOf = (slug: string, d: Dataset = dataset, locale: "fr" | "en" = "fr") => buildChart(slug, { dataset: d, view: EMPTY_VIEW, locale }).csv;
/** The CSV as records keyed by column name (the row header under the first column). */
const records = (table: TableSpec) => table.rows.map((r) => Object.fromEntries([r.header.text, ...r.cells.map((c) => c.text)].map((text, i) => [table.columns[i]!, text])));

/** The article's sentence about every candidate on AI, as the lead's correction adds it. */
const ABOUT_ALL = "Généralement, tous les candidats ont leurs idées sur l’utilisation de ces technologies pour automatiser diverses activités et infrastructures de la capitale";
const withAboutAll = valid(
  brokenDataset((d) => {
    d.themes.find((t: { id: string }) => t.id === "ai").aboutAll = {
      summary: { fr: "Tous les candidats ont des idées d’automatisation.", en: "Every candidate has ideas for automation." },
      quotes: [{ text: ABOUT_ALL }],
    };
  }),
);

for (const locale of ["fr", "en"] as const) {
  const v = getDictionary(locale).voice;
  describe(`CSV downloads (${locale})`, () => {
    for (const slug of chartSlugs(dataset)) {
      it(`${slug}: every row has the per-quote attribution columns, and the quote-source column only ever says "${v.source}"`, () => {
        const table = csvOf(slug, dataset, locale);
        expect(table.columns.slice(-5)).toEqual([v.columns.owner, v.columns.source, v.columns.passage, v.columns.speech, v.columns.speakers]);
        const sources = records(table).map((r) => r[v.columns.source]);
        expect(sources.filter((s) => s !== "").length).toBeGreaterThan(0);
        for (const source of sources) {
          expect(["", v.source]).toContain(source);
          for (const c of dataset.candidates) expect(source).not.toContain(c.name);
        }
      });
    }
  });
}

describe("the heatmap CSV", () => {
  const v = getDictionary("fr").voice;
  const rows = records(csvOf("theme-heatmap"));

  it("has one row per quote of each proposal, and one per silent cell", () => {
    const quotes = dataset.proposals.reduce((n, p) => n + p.quotes.length, 0);
    expect(rows).toHaveLength(quotes + dataset.cells.filter((c) => c.level === 0).length);
  });

  it("names Paul Midy as the speaker of his words, in rows whose position is Agnès Buzyn's", () => {
    const midy = allSpeech(dataset).filter(({ path, speech }) => path[0] === "proposals" && speech.speaker.by === "spokesperson" && speech.speaker.spokesperson === "midy");
    expect(midy.length).toBeGreaterThan(0);
    for (const { speech } of midy) {
      const row = rows.find((r) => r[v.columns.speech]!.includes(speech.words));
      expect(row, speech.words).toBeDefined();
      expect(row![v.columns.speakers]).toContain("Paul Midy, directeur de campagne d’Agnès Buzyn");
      expect(row![v.columns.owner]).toMatch(/^Position d’Agnès Buzyn, exprimée par Paul Midy/);
    }
  });

  it("names no speaker for a passage of pure narration: the article's sentence is nobody's words", () => {
    const narration = rows.filter((r) => r[v.columns.passage] !== "" && r[v.columns.speech] === "");
    expect(narration.length).toBeGreaterThan(0);
    for (const r of narration) expect(r[v.columns.speakers]).toBe("");
  });

  it("says a silent cell in words, never 0, in the CSV and in the data table", () => {
    const silentText = getDictionary("fr").levels[0];
    const silent = rows.filter((r) => r["Niveau codé"] === silentText);
    expect(silent).toHaveLength(dataset.cells.filter((c) => c.level === 0).length);
    for (const r of silent) expect(Object.values(r).join("|")).not.toMatch(/(^|\D)0(\D|$)/);
    const grid = buildChart("theme-heatmap", { dataset, view: EMPTY_VIEW, locale: "fr" }).tables[0]!;
    const cells = grid.rows.flatMap((r) => r.cells.map((c) => c.text));
    expect(cells.filter((c) => c.startsWith(silentText))).toHaveLength(silent.length);
    for (const c of cells) expect(c).not.toMatch(/^0\b/);
  });

  it("shows a theme's statement about all candidates on its silent cells, as the article's, never as a named position", () => {
    const ai = records(csvOf("theme-heatmap", withAboutAll)).filter((r) => r["Thème"] === "Intelligence artificielle et algorithmes" && r["Niveau codé"] === getDictionary("fr").levels[0]);
    const silentAi = withAboutAll.cells.filter((c) => c.theme === "ai" && c.level === 0);
    expect(ai).toHaveLength(silentAi.length);
    for (const r of ai) {
      expect(r[v.columns.owner]).toBe(v.aboutAllOwner);
      expect(r[v.columns.passage]).toBe(ABOUT_ALL);
      for (const c of withAboutAll.candidates) expect(r[v.columns.owner]).not.toContain(c.name);
    }
  });

  it("puts the statement in a silent cell's accessible label and tooltip, and on no other cell", () => {
    const chart = buildChart("theme-heatmap", { dataset: withAboutAll, view: EMPTY_VIEW, locale: "en" });
    const svg = chart.svg({ titleId: "t", descId: "d" });
    const labels = (svg.props as { layout: { cells: { theme: string; level: number; label: string }[] } }).layout.cells;
    const tip = getDictionary("en").voice.aboutAllTip("Every candidate has ideas for automation.");
    for (const cell of labels) expect(cell.label.includes(tip), `${cell.theme} ${cell.level}`).toBe(cell.theme === "ai" && cell.level === 0);
  });
});

describe("restatements", () => {
  const words = dataset.presentation.charts.flatMap((c) => (c.kind === "term-usage" ? c.keywords : []));
  it("keywordCounts counts a proposal the article restates under a second theme once", () => {
    /** A typed copy of the validated data with one change. */
    const edited = (change: (d: Dataset) => void): Dataset => {
      const d = structuredClone(dataset);
      change(d);
      return d;
    };
    const pair = (d: Dataset) => {
      const restating = d.proposals.find((p) => p.candidate === "buzyn" && p.theme === "own-projects")!;
      return { restating, original: d.proposals.find((p) => p.id === "buzyn-startups-diversity")! };
    };
    const restated = valid(edited((d) => void (pair(d).restating.restates = pair(d).original.id)));
    // Not validated: without the proposal its cell's coded level no longer matches, which keywordCounts ignores.
    const without = edited((d) => void (d.proposals = d.proposals.filter((p) => p !== pair(d).restating)));
    const naive = keywordCounts(valid(edited((d) => void delete pair(d).restating.restates)), words, ["buzyn"]);
    expect(keywordCounts(restated, words, ["buzyn"])).toEqual(keywordCounts(without, words, ["buzyn"]));
    // The restating passage does use a counted keyword, so the test could fail.
    expect(naive).not.toEqual(keywordCounts(without, words, ["buzyn"]));
  });
});
