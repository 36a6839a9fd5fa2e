// Formatting of dataset values in the page's language: figures with their units, options and
// zones kept as the source states them (never averaged), and attribution lines.
import type { Attribution, Dataset, FigureRecord } from "../dataset/schema";
import { candidateName, spokespersonById } from "../dataset/select";
import { getDictionary, pick } from "./index";
import { LOCALE_TAGS, type Locale } from "./locales";

/** A number in the locale's notation (`10 000` in French, `10,000` in English); years stay bare. */
export function formatNumber(value: number, locale: Locale, unit?: string): string {
  if (unit === "calendar-year" || unit === "ordinal") return String(value);
  return new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumFractionDigits: 2 }).format(value);
}

/** A figure's value as a reader says it: `×4`, `30, 60 ou 120 jours, au choix de …`, `60 jours ; 30 jours (centre de Paris)`. */
export function formatFigureValue(figure: Pick<FigureRecord, "value" | "unit" | "per" | "approximate">, locale: Locale): string {
  const t = getDictionary(locale);
  const withUnit = t.units[figure.unit];
  const num = (v: number) => formatNumber(v, locale, figure.unit);
  const v = figure.value;
  let text: string;
  if (v.kind === "single") {
    text = withUnit(num(v.value));
  } else if (v.kind === "options") {
    const values = v.values.map(num);
    text = `${withUnit(`${values.slice(0, -1).join(", ")} ${t.figures.or} ${values[values.length - 1]}`)}, ${t.figures.chosenBy(pick(v.chosenBy, locale))}`;
  } else {
    const zones = v.zones.map((z) => `${withUnit(num(z.value))} (${pick(z.zone, locale)})`);
    text = [`${withUnit(num(v.general))} (${t.figures.general})`, ...zones].join(t.punctuation.semicolon);
  }
  if (figure.approximate) text = `${t.figures.approximate} ${text}`;
  if (figure.per === "year") text = `${text} ${t.figures.perYear}`;
  return text;
}

/** Who said it, in words: `Jean-Louis Missika, adjoint …, pour Anne Hidalgo`, `La liste d’Agnès Buzyn`, `L’article`. */
export function formatAttribution(d: Dataset, attribution: Attribution, candidateId: string | undefined, locale: Locale): string {
  const t = getDictionary(locale).attribution;
  const candidate = candidateId ? candidateName(d, candidateId) : "";
  let text: string;
  switch (attribution.by) {
    case "candidate":
      text = t.candidate(candidate);
      break;
    case "spokesperson": {
      const person = spokespersonById(d, attribution.spokesperson);
      text = person ? t.spokesperson(person.name, pick(person.role, locale), candidate) : attribution.spokesperson;
      break;
    }
    case "list":
      text = t.list(candidate);
      break;
    case "party":
      text = t.party(attribution.party, candidate);
      break;
    case "article":
      return t.article;
  }
  const channel = "channel" in attribution ? attribution.channel : undefined;
  return channel ? `${text} (${t.channel[channel]})` : text;
}
