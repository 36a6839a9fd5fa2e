// Pure selectors over a validated dataset: what the pages, and later the charts, read.
import type { CandidateRecord, CellRecord, Dataset, LevelValue, ProposalRecord, QuoteRecord, SpokespersonRecord } from "./schema";

/**
 * The codebook's level rule, applied to the proposals of one candidate on one theme:
 * 0 none; 1 stances only; 2 at least one concrete measure; 3 one of them is called a main or flagship proposal.
 */
export function codedLevel(proposals: readonly Pick<ProposalRecord, "kind" | "flagship">[]): LevelValue {
  if (proposals.length === 0) return 0;
  if (proposals.some((p) => p.flagship)) return 3;
  return proposals.some((p) => p.kind === "measure") ? 2 : 1;
}

/** The proposals of one candidate on one theme, in dataset order. */
export function proposalsOf(d: Dataset, candidate: string, theme: string): ProposalRecord[] {
  return d.proposals.filter((p) => p.candidate === candidate && p.theme === theme);
}

/** The coded cell of one candidate on one theme (the dataset guarantees it exists once validated). */
export function cellOf(d: Dataset, candidate: string, theme: string): CellRecord | undefined {
  return d.cells.find((c) => c.candidate === candidate && c.theme === theme);
}

/** Key of a candidate × theme pair in the indexes below. */
export const pairKey = (candidate: string, theme: string) => `${candidate}\u0000${theme}`;

/** Cells by candidate × theme, built once: charts look up every pair, so a scan per pair would be quadratic. */
export function cellIndex(d: Pick<Dataset, "cells">): Map<string, CellRecord> {
  return new Map(d.cells.map((c) => [pairKey(c.candidate, c.theme), c]));
}

/** Proposals grouped by candidate × theme, built once (same reason as cellIndex). */
export function proposalIndex(d: Pick<Dataset, "proposals">): Map<string, ProposalRecord[]> {
  const index = new Map<string, ProposalRecord[]>();
  for (const p of d.proposals) {
    const key = pairKey(p.candidate, p.theme);
    const list = index.get(key);
    if (list) list.push(p);
    else index.set(key, [p]);
  }
  return index;
}

/** Candidates by id, for attribution lines. */
export function candidateById(d: Dataset, id: string): CandidateRecord | undefined {
  return d.candidates.find((c) => c.id === id);
}

/** A candidate's name; the id itself if the dataset has no such candidate (the checker forbids it). */
export function candidateName(d: Dataset, id: string): string {
  return candidateById(d, id)?.name ?? id;
}

/** Spokespeople by id, for attribution lines. */
export function spokespersonById(d: Dataset, id: string): SpokespersonRecord | undefined {
  return d.spokespeople.find((s) => s.id === id);
}

/** The spokespeople who speak for one candidate. */
export function spokespeopleFor(d: Dataset, candidate: string): SpokespersonRecord[] {
  return d.spokespeople.filter((s) => s.for === candidate);
}

/** Every quote of the dataset with where it stands, in file order. */
export function locatedQuotes(d: Dataset): { path: (string | number)[]; quote: QuoteRecord }[] {
  const out: { path: (string | number)[]; quote: QuoteRecord }[] = [];
  const add = (path: (string | number)[], quotes: readonly QuoteRecord[] | undefined) => quotes?.forEach((quote, i) => out.push({ path: [...path, i], quote }));
  add(["election", "quotes"], d.election.quotes);
  d.candidates.forEach((c, i) => {
    add(["candidates", i, "quotes"], c.quotes);
    c.sourcing?.forEach((s, j) => add(["candidates", i, "sourcing", j, "quotes"], s.quotes));
  });
  d.spokespeople.forEach((s, i) => add(["spokespeople", i, "quotes"], s.quotes));
  d.themes.forEach((t, i) => {
    add(["themes", i, "quotes"], t.quotes);
    add(["themes", i, "aboutAll", "quotes"], t.aboutAll?.quotes);
  });
  d.proposals.forEach((p, i) => add(["proposals", i, "quotes"], p.quotes));
  d.figures.forEach((f, i) => add(["figures", i, "quotes"], f.quotes));
  d.termUsage.forEach((t, i) => {
    add(["termUsage", i, "quotes"], t.quotes);
    if (t.qualifier) out.push({ path: ["termUsage", i, "qualifier"], quote: t.qualifier });
  });
  return out;
}

/** Every verbatim passage of the dataset (quotes and section headings), wherever it stands. */
export function allQuotes(d: Dataset): string[] {
  return [...d.themes.map((t) => t.sectionQuote), ...locatedQuotes(d).map((q) => q.quote.text)];
}

/** Every direct-speech span of the dataset, with the quote it stands in. */
export function allSpeech(d: Dataset) {
  return locatedQuotes(d).flatMap(({ path, quote }) => (quote.speech ?? []).map((speech, j) => ({ path: [...path, "speech", j], quote, speech })));
}

/** Counts shown in the page header and printed by `npm run data:check`. */
export function datasetCounts(d: Dataset) {
  return {
    candidates: d.candidates.length,
    themes: d.themes.length,
    cells: d.cells.length,
    proposals: d.proposals.length,
    figures: d.figures.length,
    termUsage: d.termUsage.length,
    quotes: allQuotes(d).length,
    speech: allSpeech(d).length,
  };
}
