// Corrections made on a copy of the real dataset, logged as the data:correct tool logs them, and
// the slides each one marks. Values are read from the dataset, never typed here.
import { describe, expect, it } from "vitest";
import { correctionSummaries } from "../dataset/changes";
import type { Dataset } from "../dataset/schema";
import { correctedDataset, recodeCells, type TestEdit } from "../testing/corrected";
import { rawDataset } from "../testing/fixtures";
import { correctionsBySlide, correctionsShown, slidesAffected, summariesCover } from "./corrections";
import { buildDeck, type Slide } from "./deck";

const base = rawDataset() as Dataset;
/** A figure-bars instance of the real data, as its presentation declares it (the measure and theme are the data's, not the code's). */
const figureBarsSpec = (slug: string) => {
  const spec = base.presentation.charts.find((c) => c.slug === slug);
  if (spec?.kind !== "figure-bars") throw new Error(`${slug} is not a figure-bars instance`);
  return spec;
};
const CAMERAS_MEASURE = figureBarsSpec("cameras").measure;
const STANCE_THEME = figureBarsSpec("cameras").stanceTheme;
const RENTAL_CAPS_MEASURE = figureBarsSpec("rental-caps").measure;
const deck = buildDeck(base);
const index = (match: (s: Slide) => boolean) => deck.findIndex(match);
const chartSlide = (slug: string) => index((s) => s.kind === "chart" && s.slug === slug);
/** The keywords chart's two slides: the article's findings (0), then the counts derived from the proposals' quotes (1). */
const keywordsPart = (part: number) => index((s) => s.kind === "chart" && s.slug === "keywords" && s.part?.index === part);
const spotlight = (candidate: string) => index((s) => s.kind === "candidate" && s.candidate === candidate);
/** The heatmap builds that show a theme's row: revealed already, on the part (slide group of themes) that holds it. */
const heatmapBuilds = (theme: number) =>
  deck.flatMap((s, i) => (s.kind === "chart" && s.slug === "theme-heatmap" && s.reveal! > theme && (!s.part || (theme >= s.part.from && theme < s.part.to)) ? [i] : []));
const themeAt = (id: string) => base.themes.findIndex((t) => t.id === id);
/** The bundled dataset with one more correction, as `data:correct` logs it, and every correction summarised. */
const corrected = (edit: TestEdit["edit"]) => {
  const { dataset, versions } = correctedDataset([{ edit }]);
  const summaries = correctionSummaries(versions);
  return { dataset, summaries, summary: summaries.at(-1)! };
};
const affected = (edit: TestEdit["edit"]) => {
  const { dataset, summary } = corrected(edit);
  return slidesAffected(summary, buildDeck(dataset), dataset);
};
/** The real corrections of the bundled file, summarised. */
const real = correctionSummaries(correctedDataset([]).versions);

describe("slidesAffected(correction, deck, dataset)", () => {
  it("marks the cameras chart, and only it, for a camera figure (not the candidate's spotlight, which does not show figures)", () => {
    const i = base.figures.findIndex((f) => f.measure === CAMERAS_MEASURE && f.value.kind === "single");
    expect(affected((d) => (d.figures[i].value.value += 1))).toEqual([chartSlide("cameras")]);
  });

  it("marks the rental-caps chart for its measure's label", () => {
    const i = base.measures.findIndex((m) => m.id === RENTAL_CAPS_MEASURE);
    expect(affected((d) => (d.measures[i].label.en += " (corrected)"))).toEqual([chartSlide("rental-caps")]);
  });

  it("marks the heatmap builds that show a cell's theme and the candidate's spotlight, not the earlier builds", () => {
    // A theme after the first, so that some builds do not show it yet.
    const theme = base.themes.find((t, i) => i > 0 && t.id !== STANCE_THEME && !t.contested)!;
    const i = base.cells.findIndex((c) => c.theme === theme.id);
    const cell = base.cells[i]!;
    const slides = affected((d) => (d.cells[i].note = { fr: "Note corrigée.", en: "Corrected note." }));
    expect(slides).toEqual([...heatmapBuilds(themeAt(theme.id)), spotlight(cell.candidate)].sort((a, b) => a - b));
    expect(slides).not.toContain(heatmapBuilds(0)[0]);
  });

  it("marks the cameras chart too for a cell of the theme whose stance it shows", () => {
    const i = base.cells.findIndex((c) => c.theme === STANCE_THEME);
    expect(affected((d) => (d.cells[i].note = { fr: "Note corrigée.", en: "Corrected note." }))).toContain(chartSlide("cameras"));
  });

  it("marks the keywords chart for a proposal's quotes, not for its summary", () => {
    const i = base.proposals.findIndex((p) => p.quotes.length > 1);
    const p = base.proposals[i]!;
    const quotes = affected((d) => d.proposals[i].quotes.pop());
    expect(quotes).toContain(keywordsPart(1));
    expect(quotes).not.toContain(keywordsPart(0));
    expect(quotes).toContain(spotlight(p.candidate));
    expect(quotes).toContain(heatmapBuilds(themeAt(p.theme))[0]);
    expect(affected((d) => (d.proposals[i].summary.en += " (corrected)"))).not.toContain(keywordsPart(1));
  });

  it("marks the builds that show either theme when a proposal moves from a later theme to an earlier one", () => {
    const [earlier, later] = [base.themes[1]!.id, base.themes[2]!.id];
    const p = base.proposals.find((x) => x.theme === later && !base.proposals.some((y) => y.restates === x.id))!;
    const slides = affected((d) => {
      d.proposals.find((x: { id: string }) => x.id === p.id).theme = earlier;
      recodeCells(d);
    });
    expect(slides).toEqual(expect.arrayContaining([...heatmapBuilds(1), spotlight(p.candidate)]));
    expect(slides).not.toContain(heatmapBuilds(0)[0]);
  });

  it("marks the builds that show either theme, and the spotlight, for the real move-and-rename (a proposal with a new id)", () => {
    const n = base.corrections.findIndex((c) => c.patch.some((op) => op.op === "replace" && /^\/proposals\/\d+\/id$/.test(op.path)));
    const move = real[n]!.changes.find((c) => c.field[0] === "theme")!;
    const first = Math.min(themeAt(move.datum.theme!), themeAt(move.datumAfter!.theme!));
    expect(slidesAffected(real[n]!, deck, base)).toEqual(expect.arrayContaining([...heatmapBuilds(first), spotlight(move.datum.candidate!)]));
  });

  it("marks the keywords chart when a real correction says a proposal restates another (it is then counted once)", () => {
    const restating = real.filter((s) => s.changes.some((c) => c.datum.collection === "proposals" && c.field[0] === "restates"));
    expect(restating.length).toBeGreaterThan(0);
    for (const summary of restating) expect(slidesAffected(summary, deck, base)).toContain(keywordsPart(1));
  });

  it("marks the keywords chart for a term-usage fact", () => {
    expect(affected((d) => (d.termUsage[0].note = { fr: "Précision.", en: "Clarification." }))).toEqual([keywordsPart(0)]);
  });

  it("marks the title and sources slides for the election or the source", () => {
    expect(affected((d) => (d.election.rounds.at(-1).asAnnounced = !d.election.rounds.at(-1).asAnnounced))).toEqual([0, deck.length - 1]);
    expect(affected((d) => (d.source.note.en += " (corrected)"))).toEqual([0, deck.length - 1]);
  });

  it("marks every spotlight and the theme's builds for a theme's short label, which every spotlight shows", () => {
    const slides = affected((d) => (d.themes[0].shortLabel.en += "!"));
    for (const c of base.candidates) expect(slides).toContain(spotlight(c.id));
    expect(slides).toEqual(expect.arrayContaining(heatmapBuilds(0)));
  });

  it("tells a figure no chart draws on its candidate's spotlight, and a city figure on the sources slide", () => {
    const charted = [CAMERAS_MEASURE, RENTAL_CAPS_MEASURE];
    const own = base.figures.findIndex((f) => !charted.includes(f.measure) && f.subject.kind === "candidate");
    const city = base.figures.findIndex((f) => !charted.includes(f.measure) && f.subject.kind === "city");
    const candidate = (base.figures[own]!.subject as { candidate: string }).candidate;
    expect(affected((d) => (d.figures[own].approximate = !d.figures[own].approximate))).toEqual([spotlight(candidate)]);
    expect(affected((d) => (d.figures[city].approximate = !d.figures[city].approximate))).toEqual([deck.length - 1]);
  });
});

describe("correctionsBySlide(summaries, deck, dataset)", () => {
  it("lists each correction on the slides it touches and leaves the others empty", () => {
    const { dataset, summary } = corrected((d) => (d.termUsage[0].note = { fr: "Précision.", en: "Clarification." }));
    const bySlide = correctionsBySlide([summary], buildDeck(dataset), dataset);
    expect(bySlide[keywordsPart(0)]).toEqual([summary]);
    expect(bySlide.filter((list) => list.length > 0)).toHaveLength(1);
  });

  it("gives each slide only the changed values it shows, and the sources slide those no slide shows", () => {
    const camera = base.figures.findIndex((f) => f.measure === CAMERAS_MEASURE && f.value.kind === "single");
    const city = base.figures.findIndex((f) => f.subject.kind === "city" && f.measure !== CAMERAS_MEASURE && f.measure !== RENTAL_CAPS_MEASURE);
    const { dataset, summary } = corrected((d) => {
      d.figures[camera].value.value += 1;
      d.termUsage[0].note = { fr: "Précision.", en: "Clarification." };
      d.figures[city].approximate = !d.figures[city].approximate;
    });
    const bySlide = correctionsBySlide([summary], buildDeck(dataset), dataset);
    const collections = (i: number) => [...new Set(bySlide[i]!.flatMap((c) => c.changes.map((v) => `${v.datum.collection}:${v.datum.id}`)))];
    expect(collections(chartSlide("cameras"))).toEqual([`figures:${base.figures[camera]!.id}`]);
    expect(collections(keywordsPart(0))).toEqual([`termUsage:${base.termUsage[0]!.id}`]);
    expect(collections(deck.length - 1)).toEqual([`figures:${base.figures[city]!.id}`]);
    expect(bySlide[chartSlide("cameras")]![0]).toMatchObject({ date: summary.date, reason: summary.reason });
  });
});

describe("correctionsShown(summaries, dataset) and summariesCover(summaries, dataset)", () => {
  const { dataset, summaries } = corrected((d) => (d.termUsage[0].note = { fr: "Précision.", en: "Clarification." }));

  it("keeps only the corrections the shown data's log holds (the status may know a later one)", () => {
    expect(correctionsShown(summaries, base)).toEqual(summaries.slice(0, base.corrections.length));
    expect(correctionsShown(summaries, dataset)).toEqual(summaries);
  });

  it("says whether the summaries cover the shown data's log, so the presenter knows when to fetch them", () => {
    expect(summariesCover(summaries, dataset)).toBe(true);
    expect(summariesCover(summaries.slice(0, -1), dataset)).toBe(false);
    expect(summariesCover([], base)).toBe(base.corrections.length === 0);
  });
});
