// The dataset's one schema. TypeScript types are inferred from it (never written twice), the JSON
// Schema for editors' tools is generated from it, and `validateDataset` (check.ts) adds the
// cross-reference rules that a structural schema cannot express.
import { z } from "zod";
import { BUILT_IN_UNITS, type CHART_KINDS, LEVELS, STANCES } from "./constants";

export { BUILT_IN_UNITS, type BuiltInUnit, CHART_KINDS, LEVELS, STANCES } from "./constants";

import { reservedElectionId } from "../routes";

/** A slug used as an identifier and in URLs: `hidalgo`, `open-data`, `fig-cameras-dati`. */
export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug (a-z, 0-9 and single hyphens)");

const NonEmpty = z.string().refine((s) => s.trim().length > 0, "must not be empty");

/** Text written by the dataset's editors, in both languages the product speaks. */
export const LocalizedText = z.strictObject({ fr: NonEmpty, en: NonEmpty }).meta({ id: "LocalizedText" });

/** A verbatim substring of the source article: never trimmed, never normalised. */
export const Passage = z.string().refine((s) => s.trim().length > 0, "a quote cannot be empty");

/** Where the source published what it quotes, when the article says so. */
export const Channel = z.enum(["programme", "website"]);

/** Who the article says spoke the words of a direct-speech span. */
export const Speaker = z.discriminatedUnion("by", [
  z.strictObject({ by: z.literal("candidate"), candidate: Id, channel: Channel.optional() }),
  /** Words the article says several named candidates use (« terme employé par les candidats … »). */
  z.strictObject({ by: z.literal("candidates"), candidates: z.array(Id).min(2, "name at least two candidates") }),
  z.strictObject({ by: z.literal("spokesperson"), spokesperson: Id }),
  z.strictObject({ by: z.literal("list"), candidate: Id }),
  z.strictObject({ by: z.literal("party"), party: NonEmpty, channel: Channel.optional() }),
  /** Words the article quotes without saying whose they are. */
  z.strictObject({ by: z.literal("unnamed") }),
]);

/** Words the article puts in someone's mouth: a substring of the passage that quotes them. */
export const Speech = z.strictObject({
  words: Passage.describe("Verbatim, a substring of the quote's text (without the « »)."),
  speaker: Speaker,
});

/**
 * A passage of the article: the article is its source. Inside it, `speech` lists the words the
 * article reports as someone's (usually within « »); everything else is the journalist's narration.
 */
export const Quote = z
  .strictObject({
    text: Passage.describe("A verbatim substring of the source article."),
    speech: z.array(Speech).optional().describe("The direct speech inside the passage, with its speaker; none: narration only."),
  })
  // Named, so the JSON Schema refers to one definition instead of repeating it at every use.
  .meta({ id: "Quote" });

/** Every datum's evidence: one or more verbatim quotes. */
export const Quotes = z.array(Quote).min(1, "at least one quote is required").describe("Passages of the source article, with their direct speech.");

const byCandidate = z.strictObject({ by: z.literal("candidate"), channel: Channel.optional() });
const bySpokesperson = z.strictObject({ by: z.literal("spokesperson"), spokesperson: Id });
const byList = z.strictObject({ by: z.literal("list") });
const byParty = z.strictObject({ by: z.literal("party"), party: NonEmpty, channel: Channel.optional() });
const byArticle = z.strictObject({ by: z.literal("article") });

/** Who the article says made a proposal: the candidate, a spokesperson, the list or the party. */
export const ProposalAttribution = z.discriminatedUnion("by", [byCandidate, bySpokesperson, byList, byParty]);

/** Who a fact comes from: as for proposals, or the article itself (city figures, unattributed claims). */
export const FactAttribution = z.discriminatedUnion("by", [byCandidate, bySpokesperson, byList, byParty, byArticle]);

/** An election's id: its name in every URL, so never one the URLs already use for something else (lib/routes.ts). */
export const ElectionId = Id.superRefine((id, ctx) => {
  const reason = reservedElectionId(id);
  if (reason) ctx.addIssue({ code: "custom", message: `"${id}" is reserved: ${reason}; choose another id` });
}).describe("The election's name in URLs (/fr/{id}) and its file's ({id}.json); not present, corrections or _, which URLs already use.");

export const Election = z.strictObject({
  id: ElectionId,
  city: NonEmpty,
  office: LocalizedText,
  rounds: z
    .array(
      z.strictObject({
        number: z.number().int().positive(),
        date: z.iso.date(),
        /** The date as the article announces it, written before the vote: not a record that the round was held then. */
        asAnnounced: z.boolean().optional(),
      }),
    )
    .min(1, "at least one round is required"),
  quotes: Quotes,
});

export const Source = z.strictObject({
  kind: z.literal("press-article"),
  language: z.literal("fr"),
  citation: LocalizedText,
  /** Title, outlet, author and date stay null when the source document does not give them. */
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  publishedOn: z.iso.date().nullable(),
  writtenBefore: z.iso.date(),
  note: LocalizedText,
});

export const Party = z.strictObject({ code: NonEmpty, name: NonEmpty.optional() });

/** Something the article says with its quotes: a summary in both languages and the passages behind it. */
export const SourcedNote = z.strictObject({ summary: LocalizedText, quotes: Quotes });

export const Candidate = z.strictObject({
  id: Id,
  name: NonEmpty,
  /** Every spelling of the name that the article uses; each must appear in a quote of the dataset. */
  spellings: z.array(NonEmpty).min(1, "at least one spelling is required"),
  party: Party.nullable(),
  affiliation: LocalizedText,
  role: LocalizedText,
  quotes: Quotes,
  /** How the article came by the candidate's positions (a press conference, a spokesperson). */
  sourcing: z.array(SourcedNote).optional(),
});

export const Spokesperson = z.strictObject({
  id: Id,
  name: NonEmpty,
  role: LocalizedText,
  for: Id,
  quotes: Quotes,
});

export const Theme = z.strictObject({
  id: Id,
  label: LocalizedText,
  /** A label short enough for a chart's row (about 20 characters). */
  shortLabel: LocalizedText,
  description: LocalizedText,
  /** The heading of the article's section that defines the theme, verbatim. */
  sectionQuote: Passage,
  /** Contested themes carry a stance in every cell. */
  contested: z.boolean(),
  /** The article's own ranking of cross-programme trends (1 = first), where it gives one. */
  trendRank: z.number().int().min(1).optional(),
  /** Further quotes that define the theme; the section heading is quote enough on its own. */
  quotes: z.array(Quote),
  /**
   * What the article says of all candidates on this theme without naming any: shown on the
   * theme's silent cells as the article's general statement, never as a named position.
   */
  aboutAll: SourcedNote.optional(),
});

// A literal union, so that the inferred type is 0 | 1 | 2 | 3 and code indexes by it without casts.
export const Level = z.literal(LEVELS, { error: "a level is a whole number from 0 to 3" });

export const Stance = z.enum(STANCES);

export const Cell = z.strictObject({
  candidate: Id,
  theme: Id,
  level: Level.describe("0 not mentioned; 1 stances only; 2 at least one concrete measure; 3 a flagship proposal."),
  stance: Stance.optional().describe("Only on contested themes; 'not-mentioned' only for level 0."),
  note: LocalizedText.optional(),
});

export const Proposal = z.strictObject({
  id: Id,
  candidate: Id,
  theme: Id,
  /** "measure": a concrete action; "stance": a position or intention with no concrete instrument. */
  kind: z.enum(["measure", "stance"]).describe("'measure': a concrete action; 'stance': a position with no concrete instrument."),
  /** The article calls it the candidate's main or flagship proposal. */
  flagship: z.boolean().optional(),
  summary: LocalizedText,
  quotes: Quotes,
  attribution: ProposalAttribution,
  note: LocalizedText.optional(),
  /** The article returns here to a proposal already recorded (its id): shown under both themes, counted once. */
  restates: Id.optional(),
});

export const Measure = z.strictObject({ id: Id, label: LocalizedText });

/** A figure's unit: a built-in one, or an id the presentation's `units` gives words to (check.ts). */
export const Unit = Id.describe("A built-in unit (multiplier, nights, days, calendar-year, ordinal) or one declared in presentation.units.");

const Amount = z.number().positive("a figure must be a positive number");

/** A figure as the source states it: one value, options to choose from, or a general value with zones. */
export const FigureValue = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("single"), value: Amount }),
  z.strictObject({
    kind: z.literal("options"),
    values: z.array(Amount).min(2, "options need at least two values"),
    chosenBy: LocalizedText,
  }),
  z.strictObject({
    kind: z.literal("zoned"),
    general: Amount,
    zones: z.array(z.strictObject({ zone: LocalizedText, value: Amount })).min(1, "a zoned figure needs at least one zone"),
  }),
]);

export const FigureSubject = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("candidate"), candidate: Id }),
  z.strictObject({ kind: z.literal("city") }),
  /** Several candidates the article counts without naming them. */
  z.strictObject({ kind: z.literal("candidates") }),
]);

export const Figure = z.strictObject({
  id: Id,
  subject: FigureSubject,
  measure: Id,
  value: FigureValue,
  unit: Unit,
  /** Only where the source says "per year" (par an). */
  per: z.literal("year").optional().describe("Only where the source says 'par an'."),
  approximate: z.boolean().optional(),
  /** The proposal the figure belongs to, when it is a candidate's. */
  proposal: Id.optional(),
  doubts: z.array(LocalizedText).optional(),
  quotes: Quotes,
  attribution: FactAttribution,
});

export const TermClaim = z.discriminatedUnion("kind", [
  /** "The term is absent from `count` of `outOf` documents", without saying which. */
  z.strictObject({
    kind: z.literal("absent-from"),
    count: z.number().int().min(0),
    outOf: z.number().int().positive(),
    corpus: LocalizedText,
  }),
  z.strictObject({ kind: z.literal("used-by"), candidates: z.array(Id).min(1, "name at least one candidate") }),
]);

export const TermUsage = z.strictObject({
  id: Id,
  /** The term exactly as the article writes it; it must appear in one of the quotes. */
  term: NonEmpty,
  claim: TermClaim,
  note: LocalizedText.optional(),
  /** The article's own qualification of the claim, shown beside it. */
  qualifier: Quote.optional(),
  quotes: Quotes,
  attribution: FactAttribution,
});

/** A version of a dataset: the first 12 hex digits of the SHA-256 of its content without the log (lib/dataset/history.ts). */
export const Version = z.string().regex(/^[0-9a-f]{12}$/, "a version is 12 lower-case hex digits");

// Unambiguous on purpose ([^~/], not [^~]): an ambiguous pattern backtracks exponentially on long paths.
const Pointer = z.string().regex(/^(\/([^~/]|~[01])*)+$/, "a JSON Pointer such as /proposals/3/summary/en");

/** One RFC 6902 operation; `test` before `replace` and `remove` records the old value, so a correction can be undone. */
export const PatchOperation = z.discriminatedUnion("op", [
  z.strictObject({ op: z.literal("add"), path: Pointer, value: z.json() }),
  z.strictObject({ op: z.literal("remove"), path: Pointer }),
  z.strictObject({ op: z.literal("replace"), path: Pointer, value: z.json() }),
  z.strictObject({ op: z.literal("test"), path: Pointer, value: z.json() }),
]);

/** One entry of the append-only corrections log: the change from one published version to the next, and why. */
export const Correction = z.strictObject({
  date: z.iso.datetime({ offset: true }).describe("When the correction was published (ISO 8601)."),
  reason: LocalizedText,
  patch: z.array(PatchOperation).min(1, "a correction changes something").describe("The change as RFC 6902 JSON Patch operations."),
  from: Version,
  to: Version,
});

/** What every chart instance declares: its URL name and its words, in both languages. */
const chartSpecFields = {
  slug: Id.describe("The chart's name in URLs: /embed/{election}/{slug}, /charts/{election}/{slug}.svg."),
  title: LocalizedText,
  /**
   * The one-sentence takeaway, filled from the data: `{name}` placeholders that the chart's kind
   * knows (check.ts lists them); absent, the kind's own sentence, true of any election.
   */
  takeaway: LocalizedText.optional(),
  /** What the chart draws, for its accessible description (the values are added after it). */
  description: LocalizedText,
  /** Notes on method, shown under the chart. */
  notes: z.array(LocalizedText),
};

/** Themes × candidates, coloured by coded level. */
export const HeatmapChartSpec = z.strictObject({ kind: z.literal("heatmap"), ...chartSpecFields });

/** One bar per value of a measure's figures, one row per candidate; candidates without a figure listed as such. */
export const FigureBarsChartSpec = z.strictObject({
  kind: z.literal("figure-bars"),
  ...chartSpecFields,
  /** The measure whose candidate figures the bars draw. */
  measure: Id,
  /** The heading of the value column in tables and CSV ("Plafond, tel qu’énoncé"). */
  valueColumn: LocalizedText,
  /** A reference line (today's count, ×1), in the measure's unit. */
  reference: z.strictObject({ value: Amount, label: LocalizedText }).optional(),
  /** A contested theme whose stance is shown for candidates without a figure (never a bar at the reference). */
  stanceTheme: Id.optional(),
});

/** The article's term-usage facts, then keyword counts derived from the quoted proposals. */
export const TermUsageChartSpec = z.strictObject({
  kind: z.literal("term-usage"),
  ...chartSpecFields,
  /** The keywords counted in each candidate's quoted proposals: a method choice, stated in the notes. */
  keywords: z.array(
    z.strictObject({
      keyword: NonEmpty,
      /** A regular expression (JavaScript syntax) matching the keyword's forms. */
      pattern: NonEmpty,
      /** "i" to ignore case. */
      ignoreCase: z.boolean().optional(),
    }),
  ),
});

export const ChartSpec = z.discriminatedUnion("kind", [HeatmapChartSpec, FigureBarsChartSpec, TermUsageChartSpec]);

/**
 * How the election is presented: titles, lead and the charts, in order. The newsroom's framing,
 * not data: it is outside the version hash, edited without a correction, and every version of the
 * data is shown with the current presentation.
 */
export const Presentation = z.strictObject({
  title: LocalizedText.describe("The dashboard's title."),
  shortTitle: LocalizedText.describe("A title short enough for a tab or a catalogue line."),
  description: LocalizedText.describe("One or two sentences for search engines and social cards."),
  lead: LocalizedText.describe("The line under the title."),
  /** Words for the units of this election's figures beyond the built-in ones: `{value}` stands for the number ("{value} jeux de données"). */
  units: z.record(Id, LocalizedText).optional().describe("Unit id -> its words, with {value} for the number, in both languages."),
  charts: z.array(ChartSpec).min(1, "declare at least one chart").describe("The charts, in the order the dashboard and the slides show them; the first is the social card's."),
});

export const DatasetSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(2),
  version: Version.describe("The SHA-256 (12 hex digits) of the dataset's content without $schema, version and corrections."),
  publishedAt: z.iso.datetime({ offset: true }).describe("When the first version was published."),
  corrections: z.array(Correction).describe("Append-only: every change since publication, oldest first."),
  election: Election,
  source: Source,
  candidates: z.array(Candidate).min(1, "at least one candidate is required").describe("The candidates, in the article's order."),
  spokespeople: z.array(Spokesperson).describe("People the article quotes on a candidate's behalf."),
  themes: z.array(Theme).min(1, "at least one theme is required").describe("The themes, following the article's sections."),
  cells: z.array(Cell).describe("One coded cell per candidate x theme (see the codebook's level rule)."),
  proposals: z.array(Proposal).describe("Every proposal or stance the article reports, with verbatim quotes."),
  measures: z.array(Measure).describe("What figures measure."),
  figures: z.array(Figure).describe("Every number the article gives a candidate or the city, as stated."),
  termUsage: z.array(TermUsage).describe("What the article says about words used in the programmes."),
  presentation: Presentation,
});

export type Dataset = z.infer<typeof DatasetSchema>;
export type QuoteRecord = z.infer<typeof Quote>;
export type SpeechRecord = z.infer<typeof Speech>;
export type SpeakerRecord = z.infer<typeof Speaker>;
export type SourcedNoteRecord = z.infer<typeof SourcedNote>;
export type CorrectionRecord = z.infer<typeof Correction>;
export type PatchOperationRecord = z.infer<typeof PatchOperation>;
export type LocalizedTextValue = z.infer<typeof LocalizedText>;
export type CandidateRecord = z.infer<typeof Candidate>;
export type SpokespersonRecord = z.infer<typeof Spokesperson>;
export type ThemeRecord = z.infer<typeof Theme>;
export type CellRecord = z.infer<typeof Cell>;
export type ProposalRecord = z.infer<typeof Proposal>;
export type FigureRecord = z.infer<typeof Figure>;
export type FigureValueRecord = z.infer<typeof FigureValue>;
export type TermUsageRecord = z.infer<typeof TermUsage>;
export type Attribution = z.infer<typeof FactAttribution>;
export type StanceValue = z.infer<typeof Stance>;
export type UnitValue = z.infer<typeof Unit>;
export type LevelValue = z.infer<typeof Level>;
export type ChartKind = (typeof CHART_KINDS)[number];
export type ChartSpecRecord = z.infer<typeof ChartSpec>;
export type PresentationRecord = z.infer<typeof Presentation>;
