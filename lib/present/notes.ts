// Talking points for the speaker-notes window, drawn from the dataset: what each slide says and
// the quotes a presenter may need to read out, with their attribution.
import { buildChart } from "../charts/registry";
import type { Dataset } from "../dataset/schema";
import { proposalsOf } from "../dataset/select";
import { getDictionary, pick, type Locale } from "../i18n";
import { formatAttribution } from "../i18n/format";
import { EMPTY_VIEW } from "../view";
import type { Slide } from "./deck";

export interface TalkingPoint {
  text: string;
  quote?: string;
  attribution?: string;
}

/** The points for one slide, in the presenter's language; quotes stay in French. */
export function talkingPoints(d: Dataset, slide: Slide, locale: Locale): TalkingPoint[] {
  const t = getDictionary(locale);
  switch (slide.kind) {
    case "title":
      return [{ text: t.site.description }, { text: pick(d.source.citation, locale) }];
    case "sources":
      return [{ text: pick(d.source.citation, locale) }, { text: pick(d.source.note, locale) }, { text: t.present.sourcesData }];
    case "chart": {
      const texts = buildChart(slide.slug, { dataset: d, view: EMPTY_VIEW, locale }).texts;
      return [{ text: texts.takeaway }, ...texts.notes.map((text) => ({ text }))];
    }
    case "candidate":
      return d.themes.flatMap((theme) =>
        proposalsOf(d, slide.candidate, theme.id).map((p) => ({
          text: `${pick(theme.shortLabel, locale)}${t.punctuation.colon}${pick(p.summary, locale)}`,
          quote: p.quotes[0]?.text,
          attribution: formatAttribution(d, p.attribution, p.candidate, locale),
        })),
      );
  }
}

/** The spotlight's key quote: from the flagship proposal, else the first concrete measure; its longest quote. */
export function keyQuote(d: Dataset, candidate: string) {
  const own = d.themes.flatMap((theme) => proposalsOf(d, candidate, theme.id));
  const proposal = own.find((p) => p.flagship) ?? own.find((p) => p.kind === "measure") ?? own[0];
  if (!proposal) return undefined;
  const quote = proposal.quotes.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
  return { proposal, quote };
}
