// The fictional fixture election against what the tests that render it rely on: a file valid on
// its own, with every case a second election must exercise (a silent cell, a contested theme,
// spokesperson speech, figures on a measure that is not Paris's, chart slugs that are not Paris's,
// a logged correction), so that a later edit of the fixture cannot quietly drop one.
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_CHARTS, FIXTURE_ELECTION, rawFixtureElection, twoElectionDatasetDir } from "../testing/fixture-election";
import { rawDataset } from "../testing/fixtures";
import { validateWithHistory } from "./read";

function fixture() {
  const result = validateWithHistory(rawFixtureElection());
  if (!result.ok) throw new Error(`the fixture election is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result;
}

describe("the fixture election (e2e/fixtures/elections/)", () => {
  const { dataset: d, versions } = fixture();
  const paris = rawDataset();

  it("is valid with its history, under its file's name, and says it is fiction", () => {
    expect(d.election.id).toBe(FIXTURE_ELECTION);
    expect(d.source.outlet).toBe("Le Journal fictif");
    expect(d.source.note.fr).toMatch(/fictive/);
  });

  it("declares one chart of each kind, with slugs none of which is one of Paris's", () => {
    expect(d.presentation.charts.map((c) => [c.kind, c.slug])).toEqual([
      ["heatmap", FIXTURE_CHARTS.heatmap],
      ["figure-bars", FIXTURE_CHARTS.figureBars],
      ["term-usage", FIXTURE_CHARTS.termUsage],
    ]);
    const parisSlugs = paris.presentation.charts.map((c: { slug: string }) => c.slug);
    for (const chart of d.presentation.charts) expect(parisSlugs).not.toContain(chart.slug);
  });

  it("draws figures of a measure Paris does not have, with options, a reference and a contested stanceTheme", () => {
    const bars = d.presentation.charts.find((c) => c.kind === "figure-bars");
    if (bars?.kind !== "figure-bars") throw new Error("no figure-bars chart");
    expect(paris.measures.map((m: { id: string }) => m.id)).not.toContain(bars.measure);
    const figures = d.figures.filter((f) => f.measure === bars.measure);
    expect(figures.map((f) => f.value.kind)).toEqual(expect.arrayContaining(["single", "options"]));
    expect(bars.reference).toBeDefined();
    expect(d.themes.find((t) => t.id === bars.stanceTheme)?.contested).toBe(true);
    // One candidate gives no figure: the chart must list them without a bar.
    const withFigure = new Set(figures.flatMap((f) => (f.subject.kind === "candidate" ? [f.subject.candidate] : [])));
    expect(d.candidates.filter((c) => !withFigure.has(c.id))).toHaveLength(1);
  });

  it("has silent cells, one of them on the contested theme, and direct speech by a candidate and by a spokesperson", () => {
    const silent = d.cells.filter((c) => c.level === 0);
    expect(silent.length).toBeGreaterThan(0);
    expect(silent.some((c) => c.stance === "not-mentioned")).toBe(true);
    const speakers = d.proposals.flatMap((p) => p.quotes.flatMap((q) => q.speech ?? []).map((s) => s.speaker.by));
    expect(speakers).toEqual(expect.arrayContaining(["candidate", "spokesperson"]));
  });

  it("has one logged correction, so its corrections page and its two versions differ in a figure", () => {
    expect(d.corrections).toHaveLength(1);
    expect(versions.map((v) => v.dataset.figures.find((f) => f.id === "fig-car-free-days-aubepin")?.value)).toEqual([
      { kind: "single", value: 3 },
      { kind: "single", value: 4 },
    ]);
  });
});

describe("twoElectionDatasetDir(extra, into)", () => {
  it("fills a given folder, creating it, with Paris and the fixture election under their ids, and the extra files", () => {
    const into = path.join(mkdtempSync(path.join(tmpdir(), "e2e-")), "elections");
    expect(existsSync(into)).toBe(false);
    expect(twoElectionDatasetDir({ "extra-2000.json": {} }, into)).toBe(into);
    expect(readdirSync(into).sort()).toEqual([`${FIXTURE_ELECTION}.json`, "extra-2000.json", "paris-2020.json"]);
  });
});
