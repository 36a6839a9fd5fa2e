// Whose words a quote holds. A quote is a passage of the article; its `speech` spans are the words
// the article puts in someone's mouth. These pure helpers split a passage into narration and speech
// and find the words a candidate's camp spoke, so no component has to guess.
import type { Dataset, ProposalRecord, QuoteRecord, SpeakerRecord, SpeechRecord } from "./schema";
import { proposalsOf, spokespersonById } from "./select";

/** A run of the passage: the journalist's narration, or the direct speech at `speech` (an index into `quote.speech`). */
export interface Segment {
  text: string;
  speech?: number;
}

/**
 * The passage cut into narration and speech runs, in reading order; concatenated they give the
 * passage back exactly. A span that is not found, or overlaps an earlier one, is left as narration.
 */
export function speechSegments(quote: QuoteRecord): Segment[] {
  const spans: { start: number; end: number; speech: number }[] = [];
  (quote.speech ?? []).forEach((s, i) => {
    // The same words may stand twice; take the first occurrence not already claimed by another span.
    let from = 0;
    for (;;) {
      const start = quote.text.indexOf(s.words, from);
      if (start < 0 || s.words.length === 0) return;
      const end = start + s.words.length;
      if (!spans.some((x) => start < x.end && x.start < end)) {
        spans.push({ start, end, speech: i });
        return;
      }
      from = start + 1;
    }
  });
  spans.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) out.push({ text: quote.text.slice(at, span.start) });
    out.push({ text: quote.text.slice(span.start, span.end), speech: span.speech });
    at = span.end;
  }
  if (at < quote.text.length) out.push({ text: quote.text.slice(at) });
  return out;
}

/** Guillemets, spaces and closing punctuation around a passage that are not part of the words. */
const WRAPPING = /^[\s«»“”"']+|[\s«»“”"'.,;:!?…]+$/g;

/** The one span that is the whole passage (give or take guillemets and final punctuation), if there is one. */
export function wholeSpeech(quote: QuoteRecord): SpeechRecord | undefined {
  if (quote.speech?.length !== 1) return undefined;
  const span = quote.speech[0]!;
  return quote.text.replace(WRAPPING, "") === span.words.replace(WRAPPING, "") ? span : undefined;
}

/** How close a speaker stands to a candidate: 0 the candidate's own words, then spokesperson, list, party; undefined for anyone else. */
export function speakerRank(d: Dataset, speaker: SpeakerRecord, candidate: string): number | undefined {
  switch (speaker.by) {
    case "candidate":
      return speaker.candidate === candidate ? 0 : undefined;
    case "spokesperson":
      return spokespersonById(d, speaker.spokesperson)?.for === candidate ? 1 : undefined;
    case "list":
      return speaker.candidate === candidate ? 2 : undefined;
    case "party":
      return d.candidates.find((c) => c.id === candidate)?.party?.code === speaker.party ? 3 : undefined;
    default:
      // Several candidates at once, or words the article leaves unattributed: nobody's own.
      return undefined;
  }
}

/** A direct-speech span of one of a candidate's proposals, with where it stands. */
export interface CandidateSpeech {
  proposal: ProposalRecord;
  quote: QuoteRecord;
  speech: SpeechRecord;
  rank: number;
}

const KIND_RANK = (p: ProposalRecord) => (p.flagship ? 0 : p.kind === "measure" ? 1 : 2);

/**
 * The words a candidate's camp spoke, best first: the candidate's own before a spokesperson's,
 * list's or party's; then flagship proposals, then measures, then stances; then theme order.
 */
export function candidateSpeech(d: Dataset, candidate: string): CandidateSpeech[] {
  const found: (CandidateSpeech & { order: number })[] = [];
  const proposals = d.themes.flatMap((theme) => proposalsOf(d, candidate, theme.id));
  proposals.forEach((proposal, order) => {
    for (const quote of proposal.quotes) {
      for (const speech of quote.speech ?? []) {
        const rank = speakerRank(d, speech.speaker, candidate);
        if (rank !== undefined) found.push({ proposal, quote, speech, rank, order });
      }
    }
  });
  found.sort((a, b) => a.rank - b.rank || KIND_RANK(a.proposal) - KIND_RANK(b.proposal) || a.order - b.order);
  return found.map(({ order: _order, ...rest }) => rest);
}
