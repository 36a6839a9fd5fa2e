// Formatting of dataset values in the page's language: figures with their units, options and
// zones kept as the source states them (never averaged), term-usage claims, and the voice of a
// quote: who speaks the words in a passage, and whose position a datum is.

import { fillTemplate } from "../dataset/presentation";
import type { Attribution, Dataset, FigureRecord, QuoteRecord, SpeakerRecord, TermUsageRecord } from "../dataset/schema";
import { candidateName, spokespersonById } from "../dataset/select";
import { wholeSpeech } from "../dataset/voice";
import { getDictionary, pick } from "./index";
import { LOCALE_TAGS, type Locale } from "./locales";

/** A number in the locale's notation (`10 000` in French, `10,000` in English); years stay bare. */
export function formatNumber(value: number, locale: Locale, unit?: string): string {
  if (unit === "calendar-year" || unit === "ordinal") return String(value);
  return new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumFractionDigits: 2 }).format(value);
}

/**
 * A number with its unit's words, agreeing with the number `n`: the dictionary's for a built-in
 * unit, else the election's presentation's (`{value} {n|jeu|jeu|jeux} de données`, lib/dataset/presentation.ts fillTemplate).
 */
export function unitWords(d: Pick<Dataset, "presentation">, unit: string, locale: Locale): (value: string, n: number) => string {
  const units: Record<string, (value: string, n: number) => string> = getDictionary(locale).units;
  const declared = d.presentation.units?.[unit];
  // check.ts refuses a figure whose unit is neither built in nor declared: the bare number is never reached on valid data.
  return units[unit] ?? (declared ? (value, n) => fillTemplate(pick(declared, locale), { value, n }) : (value) => value);
}

/** A figure's value as a reader says it: `×4`, `30, 60 ou 120 jours, au choix de …`, `60 jours ; 30 jours (centre de Paris)`. */
export function formatFigureValue(d: Pick<Dataset, "presentation">, figure: Pick<FigureRecord, "value" | "unit" | "per" | "approximate">, locale: Locale): string {
  const t = getDictionary(locale);
  const withUnit = unitWords(d, figure.unit, locale);
  const num = (v: number) => formatNumber(v, locale, figure.unit);
  const v = figure.value;
  let text: string;
  if (v.kind === "single") {
    text = withUnit(num(v.value), v.value);
  } else if (v.kind === "options") {
    const values = v.values.map(num);
    // « 1 ou 2 jours »: the unit agrees with the last option, which it follows.
    text = withUnit(`${values.slice(0, -1).join(", ")} ${t.figures.or} ${values[values.length - 1]}`, v.values[v.values.length - 1] ?? 0);
  } else {
    const zones = v.zones.map((z) => `${withUnit(num(z.value), z.value)} (${pick(z.zone, locale)})`);
    text = [`${withUnit(num(v.general), v.general)} (${t.figures.general})`, ...zones].join(t.punctuation.semicolon);
  }
  if (figure.approximate) text = `${t.figures.approximate} ${text}`;
  // « par an » belongs to the days, before who chooses among the options: « 6 ou 12 jours par an, au choix des conseils ».
  if (figure.per === "year") text = `${text} ${t.figures.perYear}`;
  if (v.kind === "options") text = `${text}, ${t.figures.chosenBy(pick(v.chosenBy, locale))}`;
  return text;
}

/** A term-usage fact's claim in words: « « numérique » : absent de 3 des 6 programmes … », « … employé par … ». */
export function formatTermClaim(d: Dataset, fact: Pick<TermUsageRecord, "term" | "claim">, locale: Locale): string {
  const t = getDictionary(locale);
  const claim = fact.claim;
  if (claim.kind === "absent-from") return t.terms.absentFrom(fact.term, claim.count, claim.outOf, pick(claim.corpus, locale));
  return t.terms.usedBy(fact.term, t.list(claim.candidates.map((id) => candidateName(d, id))));
}

/** The candidate whose party has this code ("LFI" → Danielle Simonnet), if one runs for it. */
function partyCandidate(d: Dataset, party: string): string | undefined {
  return d.candidates.find((c) => c.party?.code === party)?.name;
}

/** A spokesperson as "name, role" ("Paul Midy, directeur de campagne d’Agnès Buzyn"); the id if unknown. */
function spokespersonText(d: Dataset, id: string, locale: Locale): string {
  const person = spokespersonById(d, id);
  return person ? getDictionary(locale).voice.speaker.spokesperson(person.name, pick(person.role, locale)) : id;
}

/**
 * Who speaks a direct-speech span, with their role: "Anne Hidalgo", "Paul Midy, directeur de
 * campagne d’Agnès Buzyn", "Danielle Simonnet, sur le site du mouvement", "les candidats …",
 * "la liste d’Agnès Buzyn", "LFI, le parti de Danielle Simonnet", or the unnamed formula.
 */
export function formatSpeaker(d: Dataset, speaker: SpeakerRecord, locale: Locale): string {
  const t = getDictionary(locale);
  const v = t.voice.speaker;
  const channel = "channel" in speaker && speaker.channel ? `, ${v.channel[speaker.channel]}` : "";
  switch (speaker.by) {
    case "candidate":
      return `${candidateName(d, speaker.candidate)}${channel}`;
    case "candidates":
      return v.candidates(t.list(speaker.candidates.map((id) => candidateName(d, id))));
    case "spokesperson":
      return spokespersonText(d, speaker.spokesperson, locale);
    case "list":
      return v.list(candidateName(d, speaker.candidate));
    case "party":
      return `${v.party(speaker.party, partyCandidate(d, speaker.party))}${channel}`;
    case "unnamed":
      return v.unnamed;
  }
}

/** The label above a passage: "L’article :", or "L’article cite Paul Midy, … :" when the passage is one person's words throughout. */
export function formatPassageLabel(d: Dataset, quote: QuoteRecord, locale: Locale): string {
  const v = getDictionary(locale).voice;
  const whole = wholeSpeech(quote);
  if (!whole) return v.article;
  return whole.speaker.by === "unnamed" ? v.citesUnnamed : v.cites(formatSpeaker(d, whole.speaker, locale));
}

/**
 * Whose position a datum is, kept apart from who speaks in its quotes: "Position d’Anne Hidalgo,
 * selon l’article", "… exprimée par Jean-Louis Missika, adjoint …", the list's, the party's, or
 * "Constat de l’article" for what the article itself states.
 */
export function formatOwner(d: Dataset, attribution: Attribution, candidateId: string | undefined, locale: Locale): string {
  const v = getDictionary(locale).voice;
  const candidate = candidateId ? candidateName(d, candidateId) : undefined;
  const channel = "channel" in attribution && attribution.channel ? v.speaker.channel[attribution.channel] : undefined;
  switch (attribution.by) {
    case "article":
      return v.owner.article;
    case "candidate":
      return v.owner.candidate(candidate ?? "", channel);
    case "spokesperson":
      return v.owner.spokesperson(candidate ?? "", spokespersonText(d, attribution.spokesperson, locale));
    case "list":
      return v.owner.list(candidate ?? "");
    case "party":
      return v.owner.party(attribution.party, candidate ?? partyCandidate(d, attribution.party), channel);
  }
}

/** A passage as plain text reads it: its label ("L’article :"), the passage, and its direct speech with each speaker. */
export interface SpokenPassage {
  label: string;
  /** The passage, verbatim French. */
  text: string;
  /** Each direct-speech span (verbatim French) with its speaker; none when the passage is one person's words throughout (the label names them). */
  speech: { words: string; speaker: string }[];
}

/** A passage for plain text (notes window, feeds): the article's label, never a candidate's name over the journalist's sentence. */
export function spokenPassage(d: Dataset, quote: QuoteRecord, locale: Locale): SpokenPassage {
  const speech = wholeSpeech(quote) ? [] : (quote.speech ?? []).map((s) => ({ words: s.words, speaker: formatSpeaker(d, s.speaker, locale) }));
  return { label: formatPassageLabel(d, quote, locale), text: quote.text, speech };
}
