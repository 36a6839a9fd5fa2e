// Validation of a dataset: the schema's structural rules, then the cross-reference and codebook
// rules. Pure (no file system), so the loader, the CLI and the tests share it.
import type { z } from "zod";
import { checkPresentation } from "./presentation";
import { type Dataset, DatasetSchema, type ProposalRecord } from "./schema";
import { allQuotes, codedLevel, locatedQuotes } from "./select";

/** One thing wrong with a dataset, located by its path inside the file. */
export interface Problem {
  path: (string | number)[];
  message: string;
}

export type Validation = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** `["proposals", 12, "quotes"]` -> `proposals[12].quotes`; the root is `(root)`. */
export function formatPath(path: readonly (string | number | symbol)[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += (out ? "." : "") + String(key);
  }
  return out || "(root)";
}

/** A problem as editors read it: `proposals[12].quotes: at least one quote is required`. */
export function formatProblem(problem: Problem): string {
  return `${formatPath(problem.path)}: ${problem.message}`;
}

function fromZod(issues: z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    // A discriminated union whose branch is unknown reports one issue per branch; keep them readable.
    if (issue.code === "invalid_union" && issue.errors.length > 0 && issue.errors.every((e) => e.length > 0)) {
      const best = issue.errors.reduce((a, b) => (a.length <= b.length ? a : b));
      return fromZod(best).map((p) => ({ ...p, path: [...issue.path.map(keyOf), ...p.path] }));
    }
    return [{ path: issue.path.map(keyOf), message: issue.message }];
  });
}

function keyOf(key: PropertyKey): string | number {
  return typeof key === "number" ? key : String(key);
}

/** Validates anything parsed from JSON: structure first, then cross-references and codebook rules. */
export function validateDataset(input: unknown): Validation {
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: fromZod(parsed.error.issues) };
  const problems = crossCheck(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}

/** The rules a structural schema cannot express; returns every problem found, in file order. */
export function crossCheck(d: Dataset): Problem[] {
  const problems: Problem[] = [];
  const report = (path: Problem["path"], message: string) => problems.push({ path, message });

  const candidateIds = uniqueIds("candidates", d.candidates, report);
  const spokespersonIds = uniqueIds("spokespeople", d.spokespeople, report);
  const themeIds = uniqueIds("themes", d.themes, report);
  const proposalIds = uniqueIds("proposals", d.proposals, report);
  const measureIds = uniqueIds("measures", d.measures, report);
  uniqueIds("figures", d.figures, report);
  uniqueIds("termUsage", d.termUsage, report);

  const known = (ids: Set<string>, kind: string, id: string, path: Problem["path"]) => {
    if (!ids.has(id)) report(path, `unknown ${kind} id "${id}"`);
  };
  const partyOf = new Map(d.candidates.map((c) => [c.id, c.party?.code]));
  const spokespersonFor = new Map(d.spokespeople.map((s) => [s.id, s.for]));

  /** An attribution must name someone who speaks for the datum's candidate. */
  const checkAttribution = (a: ProposalRecord["attribution"] | { by: "article" }, candidate: string | undefined, path: Problem["path"]) => {
    if (a.by === "spokesperson") {
      known(spokespersonIds, "spokesperson", a.spokesperson, [...path, "spokesperson"]);
      const speaksFor = spokespersonFor.get(a.spokesperson);
      if (speaksFor && candidate && speaksFor !== candidate) {
        report([...path, "spokesperson"], `"${a.spokesperson}" speaks for "${speaksFor}", not for "${candidate}"`);
      }
    } else if (a.by === "party") {
      const code = candidate ? partyOf.get(candidate) : undefined;
      if (candidate && code !== a.party) {
        report([...path, "party"], code ? `"${candidate}" runs for ${code}, not ${a.party}` : `"${candidate}" runs without a party`);
      }
    } else if ((a.by === "candidate" || a.by === "list") && !candidate) {
      report([...path, "by"], `attribution "${a.by}" needs a candidate as the subject`);
    }
  };

  const quotes = allQuotes(d);
  d.candidates.forEach((c, i) => {
    c.spellings.forEach((spelling, j) => {
      if (!quotes.some((q) => q.includes(spelling))) {
        report(["candidates", i, "spellings", j], `"${spelling}" appears in no quote of the dataset`);
      }
    });
  });
  d.spokespeople.forEach((s, i) => known(candidateIds, "candidate", s.for, ["spokespeople", i, "for"]));
  checkSpeech(d, candidateIds, spokespersonIds, report);

  const ranks = new Map<number, number>();
  d.themes.forEach((t, i) => {
    if (t.trendRank === undefined) return;
    if (ranks.has(t.trendRank)) report(["themes", i, "trendRank"], `rank ${t.trendRank} is already given to themes[${ranks.get(t.trendRank)}]`);
    ranks.set(t.trendRank, i);
  });

  const proposalById = new Map(d.proposals.map((p) => [p.id, p]));
  d.proposals.forEach((p, i) => {
    known(candidateIds, "candidate", p.candidate, ["proposals", i, "candidate"]);
    known(themeIds, "theme", p.theme, ["proposals", i, "theme"]);
    checkAttribution(p.attribution, p.candidate, ["proposals", i, "attribution"]);
    if (p.restates === undefined) return;
    const first = proposalById.get(p.restates);
    if (!first) report(["proposals", i, "restates"], `unknown proposal id "${p.restates}"`);
    else if (first.id === p.id || first.restates !== undefined) report(["proposals", i, "restates"], `must name a proposal recorded once, not itself or another restatement`);
    else if (first.candidate !== p.candidate) report(["proposals", i, "restates"], `"${p.restates}" is ${first.candidate}'s, not ${p.candidate}'s`);
  });

  checkCells(d, candidateIds, themeIds, report);

  // The log is in publication order: no correction before the data was published, none before the one it follows.
  let previous = Date.parse(d.publishedAt);
  d.corrections.forEach((c, i) => {
    const date = Date.parse(c.date);
    if (date < previous) report(["corrections", i, "date"], i === 0 ? "is before the dataset's publishedAt" : `is before corrections[${i - 1}].date`);
    previous = Math.max(previous, date);
  });

  d.figures.forEach((f, i) => {
    const candidate = f.subject.kind === "candidate" ? f.subject.candidate : undefined;
    if (candidate) known(candidateIds, "candidate", candidate, ["figures", i, "subject", "candidate"]);
    known(measureIds, "measure", f.measure, ["figures", i, "measure"]);
    if (f.proposal !== undefined) {
      known(proposalIds, "proposal", f.proposal, ["figures", i, "proposal"]);
      const owner = d.proposals.find((p) => p.id === f.proposal)?.candidate;
      if (owner && owner !== candidate) report(["figures", i, "proposal"], `proposal "${f.proposal}" is ${owner}'s, not the figure's subject's`);
    }
    if (f.value.kind === "options" && new Set(f.value.values).size !== f.value.values.length) {
      report(["figures", i, "value", "values"], "options must be distinct");
    }
    checkAttribution(f.attribution, candidate, ["figures", i, "attribution"]);
  });

  d.termUsage.forEach((t, i) => {
    if (!t.quotes.some((q) => q.text.includes(t.term))) report(["termUsage", i, "term"], `"${t.term}" appears in none of its quotes`);
    if (t.claim.kind === "absent-from" && t.claim.count > t.claim.outOf) {
      report(["termUsage", i, "claim", "count"], `${t.claim.count} is more than the ${t.claim.outOf} documents counted`);
    }
    if (t.claim.kind === "used-by") {
      t.claim.candidates.forEach((c, j) => known(candidateIds, "candidate", c, ["termUsage", i, "claim", "candidates", j]));
    }
    checkAttribution(t.attribution, undefined, ["termUsage", i, "attribution"]);
  });

  problems.push(...checkPresentation(d));
  return problems;
}

/** Each direct-speech span stands in its quote, verbatim, and names a speaker the dataset knows. */
function checkSpeech(d: Dataset, candidateIds: Set<string>, spokespersonIds: Set<string>, report: (path: Problem["path"], message: string) => void) {
  const parties = new Set(d.candidates.flatMap((c) => (c.party ? [c.party.code] : [])));
  for (const { path, quote } of locatedQuotes(d)) {
    quote.speech?.forEach((span, j) => {
      const at = [...path, "speech", j];
      if (!quote.text.includes(span.words)) report([...at, "words"], "is not a substring of its quote's text");
      const s = span.speaker;
      const unknown = (kind: string, id: string, key: string) => report([...at, "speaker", key], `unknown ${kind} "${id}"`);
      if ((s.by === "candidate" || s.by === "list") && !candidateIds.has(s.candidate)) unknown("candidate id", s.candidate, "candidate");
      if (s.by === "candidates") s.candidates.forEach((c) => !candidateIds.has(c) && unknown("candidate id", c, "candidates"));
      if (s.by === "spokesperson" && !spokespersonIds.has(s.spokesperson)) unknown("spokesperson id", s.spokesperson, "spokesperson");
      if (s.by === "party" && !parties.has(s.party)) unknown("party (no candidate runs for it)", s.party, "party");
    });
  }
}

/** One cell per candidate × theme, and each cell's level and stance follow the codebook's rule. */
function checkCells(d: Dataset, candidateIds: Set<string>, themeIds: Set<string>, report: (path: Problem["path"], message: string) => void) {
  const seen = new Map<string, number>();
  const contested = new Map(d.themes.map((t) => [t.id, t.contested]));
  d.cells.forEach((cell, i) => {
    const path = ["cells", i];
    const candidateKnown = candidateIds.has(cell.candidate);
    const themeKnown = themeIds.has(cell.theme);
    if (!candidateKnown) report([...path, "candidate"], `unknown candidate id "${cell.candidate}"`);
    if (!themeKnown) report([...path, "theme"], `unknown theme id "${cell.theme}"`);
    const key = `${cell.candidate}|${cell.theme}`;
    if (seen.has(key)) report(path, `duplicate cell for ${cell.candidate} × ${cell.theme} (first at cells[${seen.get(key)}])`);
    seen.set(key, i);
    if (!candidateKnown || !themeKnown) return;

    const proposals = d.proposals.filter((p) => p.candidate === cell.candidate && p.theme === cell.theme);
    const expected = codedLevel(proposals);
    if (cell.level !== expected) {
      report([...path, "level"], `coded ${cell.level}, but the codebook's rule gives ${expected} for ${proposals.length} proposal(s) of ${cell.candidate} on ${cell.theme}`);
    }
    if (contested.get(cell.theme)) {
      if (cell.stance === undefined) report([...path, "stance"], `theme "${cell.theme}" is contested: a stance is required`);
      else if ((cell.stance === "not-mentioned") !== (cell.level === 0)) {
        report([...path, "stance"], cell.level === 0 ? `a silent cell's stance is "not-mentioned"` : `"not-mentioned" is only for a silent cell (level 0)`);
      }
    } else if (cell.stance !== undefined) {
      report([...path, "stance"], `theme "${cell.theme}" is not contested: no stance is coded`);
    }
  });
  for (const c of d.candidates) {
    for (const t of d.themes) {
      if (!seen.has(`${c.id}|${t.id}`)) report(["cells"], `missing cell for ${c.id} × ${t.id}`);
    }
  }
}

function uniqueIds(collection: string, items: readonly { id: string }[], report: (path: Problem["path"], message: string) => void): Set<string> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    if (first.has(item.id)) report([collection, i, "id"], `duplicate id "${item.id}" (first at ${collection}[${first.get(item.id)}])`);
    else first.set(item.id, i);
  });
  return new Set(first.keys());
}
