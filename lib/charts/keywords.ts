// Registry entry: the words of digital policy. The article's own term-usage facts first (the
// "numérique" count stays unattributed), then keyword counts derived from the quoted proposals.
import { KeywordsChart } from "@/components/charts/KeywordsChart";
import type { Dataset, TermUsageRecord } from "../dataset/schema";
import { candidateName } from "../dataset/select";
import { layoutKeywords, type KeywordsInput } from "../geometry/keywords";
import { getDictionary, type Locale } from "../i18n";
import { formatOwner } from "../i18n/format";
import { visibleCandidates } from "../view";
import { attributionColumns, perQuoteRows, quoteColumns, quotesCells, surname } from "./common";
import type { TableCell } from "./types";
import type { ChartContext, ChartDefinition } from "./types";

/** The keywords counted in the quotes (a method choice, documented in the chart's notes). */
export const DERIVED_KEYWORDS: { keyword: string; pattern: RegExp }[] = [
  { keyword: "numérique", pattern: /numériques?/gi },
  { keyword: "données", pattern: /données/gi },
  { keyword: "IA", pattern: /\bIA\b|intelligence artificielle/g },
  { keyword: "plateformes", pattern: /plateformes?/gi },
  { keyword: "start-up", pattern: /start-ups?/gi },
  { keyword: "caméras", pattern: /caméras?/gi },
];

/** Occurrences of a pattern in a set of quotes, each distinct quote counted once. */
export function countOccurrences(quotes: readonly string[], pattern: RegExp): number {
  return [...new Set(quotes)].reduce((n, q) => n + (q.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`))?.length ?? 0), 0);
}

/**
 * Derived keyword counts per candidate, from the quotes of that candidate's proposals. A proposal
 * the article restates under a second theme (`restates`) is counted once, where first recorded.
 */
export function keywordCounts(d: Dataset, candidates: readonly string[]): { keyword: string; counts: Record<string, number> }[] {
  const counted = d.proposals.filter((p) => p.restates === undefined);
  return DERIVED_KEYWORDS.map(({ keyword, pattern }) => ({
    keyword,
    counts: Object.fromEntries(candidates.map((c) => [c, countOccurrences(counted.filter((p) => p.candidate === c).flatMap((p) => p.quotes.map((q) => q.text)), pattern)])),
  }));
}

/** A term-usage fact in words, for a table: "« numérique » absent de 3 des 6 …" or "« terme », employé par …". */
function claimText(d: Dataset, f: TermUsageRecord, locale: Locale): string {
  const t = getDictionary(locale);
  return f.claim.kind === "absent-from"
    ? t.charts.keywords.absentCaption(f.claim.count, f.claim.outOf)
    : `${t.charts.keywords.usedCaption(f.term)} ${t.list(f.claim.candidates.map((c) => candidateName(d, c)))}`;
}

function select({ dataset: d, view, locale, linkBase = "" }: ChartContext): KeywordsInput {
  const t = getDictionary(locale).charts.keywords;
  const candidates = visibleCandidates(d.candidates, view);
  const name = (id: string) => candidateName(d, id);
  const absent = d.termUsage.find((f) => f.claim.kind === "absent-from");
  return {
    columns: candidates.map((c) => ({ candidate: c.id, label: surname(c), highlighted: view.highlight === c.id })),
    absent:
      absent && absent.claim.kind === "absent-from"
        ? { count: absent.claim.count, outOf: absent.claim.outOf, caption: t.absentCaption(absent.claim.count, absent.claim.outOf), label: t.takeaway(absent.claim.count, absent.claim.outOf), href: `${linkBase}#term-${absent.id}` }
        : undefined,
    attributed: d.termUsage.flatMap((f) =>
      f.claim.kind === "used-by"
        ? [{ term: f.term, caption: t.usedCaption(f.term), users: f.claim.candidates, href: `${linkBase}#term-${f.id}`, label: (c: string, used: boolean) => t.used(name(c), f.term, used) }]
        : [],
    ),
    derived: keywordCounts(d, candidates.map((c) => c.id)).map((k) => ({ ...k, caption: `« ${k.keyword} »`, href: (c: string) => `${linkBase}#candidate-${c}`, label: (c: string, n: number) => t.count(name(c), k.keyword, n) })),
    headings: t.headings,
  };
}

export const keywords: ChartDefinition<KeywordsInput, ReturnType<typeof layoutKeywords>> = {
  slug: "keywords",
  select,
  layout: layoutKeywords,
  Component: KeywordsChart,
  texts({ dataset: d, locale }, input) {
    const t = getDictionary(locale).charts.keywords;
    const names = (ids: string[]) => getDictionary(locale).list(ids.map((id) => candidateName(d, id)));
    const facts = [
      ...(input.absent ? [input.absent.label] : []),
      ...input.attributed.map((a) => `${a.caption} ${names(a.users)}.`),
    ];
    return {
      title: t.title,
      takeaway: input.absent ? t.takeaway(input.absent.count, input.absent.outOf) : t.title,
      description: t.description(facts),
      notes: t.notes,
    };
  },
  csv({ dataset: d, view, locale }, input) {
    // One row per quote of each term-usage fact (and its qualifier), then one per derived count.
    const t = getDictionary(locale);
    const candidates = visibleCandidates(d.candidates, view);
    const empty = { text: "" };
    return {
      caption: t.charts.keywords.title,
      columns: [t.charts.keywords.columns.keyword, t.charts.candidate, t.figures.value, ...attributionColumns(locale)],
      rows: [
        ...d.termUsage.flatMap((f) => {
          const header = { text: f.term, lang: "fr" as const };
          const owner = formatOwner(d, f.attribution, undefined, locale);
          return [
            ...perQuoteRows(d, locale, { header, cells: [empty, { text: claimText(d, f, locale) }], owner, quotes: f.quotes }),
            ...(f.qualifier ? perQuoteRows(d, locale, { header, cells: [empty, { text: t.voice.qualifier }], owner, quotes: [f.qualifier] }) : []),
          ];
        }),
        ...input.derived.flatMap((k) =>
          candidates.flatMap((c) =>
            perQuoteRows(d, locale, { header: { text: k.keyword, lang: "fr" as const }, cells: [{ text: c.name }, { text: String(k.counts[c.id] ?? 0) }], owner: t.voice.derived, quotes: [] }),
          ),
        ),
      ],
    };
  },
  tables({ dataset: d, view, locale, linkBase = "" }, input) {
    const t = getDictionary(locale);
    const candidates = visibleCandidates(d.candidates, view);
    return [
      {
        caption: t.charts.keywords.headings.article,
        columns: [t.terms.heading, t.charts.keywords.columns.fact, t.voice.columns.owner, ...quoteColumns(locale)],
        rows: d.termUsage.flatMap((f) => {
          const header: TableCell = { text: f.term, lang: "fr" };
          const owner = { text: formatOwner(d, f.attribution, undefined, locale) };
          const fact = { header, cells: [{ text: claimText(d, f, locale), href: `${linkBase}#term-${f.id}` }, owner, ...quotesCells(d, f.quotes, locale)] };
          // The article's own qualification of the claim, on the row under it.
          const qualifier = f.qualifier ? [{ header, cells: [{ text: t.voice.qualifier }, owner, ...quotesCells(d, [f.qualifier], locale)] }] : [];
          return [fact, ...qualifier];
        }),
      },
      {
        caption: t.charts.keywords.headings.derived,
        columns: [t.charts.keywords.columns.keyword, ...candidates.map((c) => c.name)],
        rows: input.derived.map((k) => ({
          header: { text: k.keyword, lang: "fr" as const },
          cells: candidates.map((c) => ({ text: String(k.counts[c.id] ?? 0) })),
        })),
      },
    ];
  },
};
