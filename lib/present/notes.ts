// Talking points for the speaker-notes window, drawn from the dataset: what each slide says and
// the passages a presenter may need to read out, each labelled as the article's, its direct speech
// with its speaker, and whose position it is.

import { buildChart } from "../charts/registry";
import type { Dataset, ProposalRecord, QuoteRecord, SpeechRecord } from "../dataset/schema";
import { proposalsOf } from "../dataset/select";
import { candidateSpeech } from "../dataset/voice";
import { getDictionary, type Locale, pick } from "../i18n";
import { formatOwner, type SpokenPassage, spokenPassage } from "../i18n/format";
import { datasetHref } from "../routes";
import { EMPTY_VIEW } from "../view";
import type { Slide } from "./deck";

export interface TalkingPoint {
  text: string;
  quote?: SpokenPassage;
  /** Whose position the point is ("Position d’Anne Hidalgo, selon l’article"). */
  owner?: string;
}

/** The points for one slide, in the presenter's language; quotes stay in French. */
export function talkingPoints(d: Dataset, slide: Slide, locale: Locale): TalkingPoint[] {
  const t = getDictionary(locale);
  switch (slide.kind) {
    case "title":
      return [{ text: pick(d.presentation.description, locale) }, { text: pick(d.source.citation, locale) }];
    case "sources":
      return [{ text: pick(d.source.citation, locale) }, { text: pick(d.source.note, locale) }, { text: t.present.sourcesData(datasetHref(d.election.id)) }];
    case "chart": {
      const texts = buildChart(slide.slug, { dataset: d, view: EMPTY_VIEW, locale }, slide.part).texts;
      return [{ text: texts.takeaway }, ...texts.notes.map((text) => ({ text }))];
    }
    case "candidate":
      return d.themes.flatMap((theme) =>
        proposalsOf(d, slide.candidate, theme.id).map((p) => ({
          text: `${pick(theme.shortLabel, locale)}${t.punctuation.colon}${pick(p.summary, locale)}`,
          quote: p.quotes[0] && spokenPassage(d, p.quotes[0], locale),
          owner: formatOwner(d, p.attribution, p.candidate, locale),
        })),
      );
  }
}

/** The longest words a spotlight prefers: longer ones are shown only when the speaker has no shorter. */
export const SPOTLIGHT_MAX_CHARS = 200;

/** The spotlight's key quote: words the candidate's camp spoke, or else a passage of the article. */
export type KeyQuote = { kind: "speech"; proposal: ProposalRecord; quote: QuoteRecord; speech: SpeechRecord } | { kind: "passage"; proposal: ProposalRecord; quote: QuoteRecord };

/**
 * The spotlight's key quote: the best direct-speech span of the candidate's proposals (their own
 * words first, then a spokesperson's, list's or party's; flagship, then measures; short enough for
 * a slide); without any,
 * the longest passage of the flagship proposal, else of the first measure, shown as the article's.
 */
export function keyQuote(d: Dataset, candidate: string): KeyQuote | undefined {
  const all = candidateSpeech(d, candidate);
  // Among the best speaker's words, the first short enough to read out on a TV slide.
  const spoken = all.find((s) => s.rank === all[0]!.rank && s.speech.words.length <= SPOTLIGHT_MAX_CHARS) ?? all[0];
  if (spoken) return { kind: "speech", proposal: spoken.proposal, quote: spoken.quote, speech: spoken.speech };
  const own = d.themes.flatMap((theme) => proposalsOf(d, candidate, theme.id));
  const proposal = own.find((p) => p.flagship) ?? own.find((p) => p.kind === "measure") ?? own[0];
  if (!proposal) return undefined;
  const quote = proposal.quotes.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  return { kind: "passage", proposal, quote };
}
