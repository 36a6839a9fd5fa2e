// The term-usage kind: the article's own findings about words first (an absent-from count stays
// unattributed), then counts of the instance's keywords derived from each candidate's quoted
// proposals (a method choice the instance's notes state).
import { TermUsageChart } from "@/components/charts/TermUsageChart";
import { keywordPattern } from "../dataset/presentation";
import type { Dataset, TermUsageRecord } from "../dataset/schema";
import { candidateName } from "../dataset/select";
import { layoutTermUsage, type TermUsageInput, type TermUsageLayout } from "../geometry/term-usage";
import { getDictionary, type Locale, pick } from "../i18n";
import { formatOwner, formatTermClaim } from "../i18n/format";
import { visibleCandidates } from "../view";
import { attributionColumns, datumLink, descriptionOf, perQuoteRows, referenceLink, surname, takeawayOf } from "./common";
import type { ChartContext, ChartSpecOf, KindDefinition, TableCell } from "./types";

type Spec = ChartSpecOf<"term-usage">;
type AbsentClaim = Extract<TermUsageRecord["claim"], { kind: "absent-from" }>;

/** Fields of a proposal that change the derived counts (none: the whole proposal was added or removed; `restates`: counted once). */
const COUNTED_FIELDS = new Set<string | number | undefined>([undefined, "quotes", "candidate", "restates"]);

/** Occurrences of a pattern in a set of quotes, each distinct quote counted once. */
export function countOccurrences(quotes: readonly string[], pattern: RegExp): number {
  return [...new Set(quotes)].reduce((n, q) => n + (q.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`))?.length ?? 0), 0);
}

/**
 * Derived keyword counts per candidate, from the quotes of that candidate's proposals. A proposal
 * the article restates under a second theme (`restates`) is counted once, where first recorded.
 */
export function keywordCounts(d: Dataset, keywords: Spec["keywords"], candidates: readonly string[]): { keyword: string; counts: Record<string, number> }[] {
  const counted = d.proposals.filter((p) => p.restates === undefined);
  return keywords.map((k) => ({
    keyword: k.keyword,
    counts: Object.fromEntries(
      candidates.map((c) => [
        c,
        countOccurrences(
          counted.filter((p) => p.candidate === c).flatMap((p) => p.quotes.map((q) => q.text)),
          keywordPattern(k),
        ),
      ]),
    ),
  }));
}

/** The article's absent-from finding, if it makes one: the term, and the claim. */
function absentFinding(d: Dataset): { fact: TermUsageRecord; claim: AbsentClaim } | undefined {
  for (const fact of d.termUsage) if (fact.claim.kind === "absent-from") return { fact, claim: fact.claim };
  return undefined;
}

/** A term-usage fact in words, for a table: the absent-from caption, or "« terme », employé par …". */
function claimText(d: Dataset, f: TermUsageRecord, locale: Locale): string {
  const t = getDictionary(locale).charts.termUsage;
  return f.claim.kind === "absent-from"
    ? t.absentCaption(f.term, f.claim.count, f.claim.outOf, pick(f.claim.corpus, locale))
    : `${t.usedCaption(f.term)} ${getDictionary(locale).list(f.claim.candidates.map((c) => candidateName(d, c)))}`;
}

function select(ctx: ChartContext, spec: Spec): TermUsageInput {
  const { dataset: d, view, locale } = ctx;
  const t = getDictionary(locale).charts.termUsage;
  const candidates = visibleCandidates(d.candidates, view);
  const name = (id: string) => candidateName(d, id);
  const absent = absentFinding(d);
  return {
    columns: candidates.map((c) => ({ candidate: c.id, label: surname(c), highlighted: view.highlight === c.id })),
    absent: absent && {
      count: absent.claim.count,
      outOf: absent.claim.outOf,
      caption: claimText(d, absent.fact, locale),
      label: formatTermClaim(d, absent.fact, locale),
      href: datumLink(ctx, { kind: "term", id: absent.fact.id }),
    },
    attributed: d.termUsage.flatMap((f) =>
      f.claim.kind === "used-by"
        ? [
            {
              term: f.term,
              caption: t.usedCaption(f.term),
              users: f.claim.candidates,
              href: datumLink(ctx, { kind: "term", id: f.id }),
              label: (c: string, used: boolean) => t.used(name(c), f.term, used),
            },
          ]
        : [],
    ),
    derived: keywordCounts(
      d,
      spec.keywords,
      candidates.map((c) => c.id),
    ).map((k) => ({
      ...k,
      caption: `« ${k.keyword} »`,
      href: (c: string) => datumLink(ctx, { kind: "candidate", id: c }),
      label: (c: string, n: number) => t.count(name(c), k.keyword, n),
    })),
    headings: t.headings,
  };
}

/** The term-usage kind: every fact about it. */
export const termUsage: KindDefinition<"term-usage", TermUsageInput, TermUsageLayout> = {
  kind: "term-usage",
  select,
  layout: layoutTermUsage,
  Component: TermUsageChart,
  legend: null,
  reference: (ctx) => ({ text: getDictionary(ctx.locale).charts.reference.terms, href: referenceLink(ctx, "terms") }),
  embedHeight: 760,
  exportClasses: ["keyword"],
  slide: {
    reveal: "whole",
    // The article's findings and the derived counts, each on a slide of its own: together they are too tall for TV-sized text.
    // A section with nothing in it (no finding, or no keyword counted) gets no slide: the other shows whole.
    split: {
      axis: "sections",
      items: (d, spec) => Number(d.termUsage.length > 0) + Number(spec.keywords.length > 0 && d.candidates.length > 0),
      perSlide: 1,
      part: (input, { index }) => ({ ...input, only: index === 0 ? "article" : "derived" }),
    },
  },
  touches(_spec, datum, field) {
    // The article's findings (the first slide part), and the proposals' quotes the keywords are counted in (the second).
    if (datum.collection === "termUsage") return { part: 0 };
    return datum.collection === "proposals" && COUNTED_FIELDS.has(field[0]) ? { part: 1 } : false;
  },
  texts({ dataset: d, locale }, spec, input) {
    const t = getDictionary(locale);
    const names = (ids: string[]) => t.list(ids.map((id) => candidateName(d, id)));
    const facts = [...(input.absent ? [input.absent.label] : []), ...input.attributed.map((a) => `${a.caption} ${names(a.users)}.`)];
    const absent = absentFinding(d);
    // A takeaway about the absent term needs the finding: without one, the kind's own sentence. The
    // slide of the derived counts alone must not state the article's finding, as if they proved it.
    const takeaway =
      input.only === "derived"
        ? t.charts.termUsage.derivedTakeaway
        : absent
          ? takeawayOf(spec, locale, { term: absent.fact.term, count: absent.claim.count, outOf: absent.claim.outOf, corpus: pick(absent.claim.corpus, locale) }, () =>
              formatTermClaim(d, absent.fact, locale),
            )
          : t.charts.termUsage.takeaway;
    return {
      title: pick(spec.title, locale),
      takeaway,
      description: descriptionOf(spec, locale, facts.join(" ")),
      notes: spec.notes.map((n) => pick(n, locale)),
    };
  },
  csv({ dataset: d, view, locale }, spec, input) {
    // One row per quote of each term-usage fact (and its qualifier), then one per derived count.
    const t = getDictionary(locale);
    const candidates = visibleCandidates(d.candidates, view);
    const empty = { text: "" };
    return {
      caption: pick(spec.title, locale),
      columns: [t.charts.termUsage.columns.keyword, t.charts.candidate, t.figures.value, ...attributionColumns(locale)],
      rows: [
        ...d.termUsage.flatMap((f) => {
          const header: TableCell = { text: f.term, lang: "fr" };
          const owner = formatOwner(d, f.attribution, undefined, locale);
          return [
            ...perQuoteRows(d, locale, { header, cells: [empty, { text: claimText(d, f, locale) }], owner, quotes: f.quotes }),
            ...(f.qualifier ? perQuoteRows(d, locale, { header, cells: [empty, { text: t.voice.qualifier }], owner, quotes: [f.qualifier] }) : []),
          ];
        }),
        ...input.derived.flatMap((k) =>
          candidates.flatMap((c) =>
            perQuoteRows(d, locale, { header: { text: k.keyword, lang: "fr" }, cells: [{ text: c.name }, { text: String(k.counts[c.id] ?? 0) }], owner: t.voice.derived, quotes: [] }),
          ),
        ),
      ],
    };
  },
  tables(ctx, _spec, input) {
    const { dataset: d, view, locale } = ctx;
    const t = getDictionary(locale);
    const candidates = visibleCandidates(d.candidates, view);
    return [
      {
        caption: t.charts.termUsage.headings.article,
        columns: [t.terms.heading, t.charts.termUsage.columns.fact, t.voice.columns.owner],
        rows: d.termUsage.map((f) => ({
          header: { text: f.term, lang: "fr" as const },
          cells: [{ text: claimText(d, f, locale), href: datumLink(ctx, { kind: "term", id: f.id }) }, { text: formatOwner(d, f.attribution, undefined, locale) }],
        })),
      },
      {
        caption: t.charts.termUsage.headings.derived,
        columns: [t.charts.termUsage.columns.keyword, ...candidates.map((c) => c.name)],
        rows: input.derived.map((k) => ({
          header: { text: k.keyword, lang: "fr" as const },
          cells: candidates.map((c) => ({ text: String(k.counts[c.id] ?? 0) })),
        })),
      },
    ];
  },
};
