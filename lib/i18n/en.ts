// English dictionary: must have every key of the French one (the type says so).
import type { Dictionary } from "./index";

export const en: Dictionary = {
  localeName: "English",
  punctuation: { colon: ": ", semicolon: "; " },
  site: {
    title: "Paris 2020: the candidates’ digital programmes",
    shortTitle: "Paris 2020 digital",
    description:
      "What the six main candidates for mayor of Paris in 2020 proposed on digital policy, theme by theme, with the quotes from the article that reports it.",
    skipToContent: "Skip to content",
    switchLanguage: "Version française",
  },
  intro: {
    lead: "Six candidates, seven themes, every position tied word for word to the press article that reports it.",
    sourceLabel: "Source",
    sourceNote: "Quotes stay in French, verbatim. The summaries are the dashboard editors’ own words.",
    datasetLink: "Data as JSON",
  },
  nav: { label: "Contents", candidates: "The candidates", themes: "Themes", figures: "The figures", terms: "The words used" },
  candidates: {
    heading: "The candidates",
    party: "Party or label",
    spokespeople: "Spokespeople quoted",
    proposals: (n: number) => (n === 0 ? "no proposals" : n === 1 ? "1 proposal" : `${n} proposals`),
    seeProposals: (name: string) => `See ${name}’s proposals`,
  },
  themes: {
    heading: "Theme by theme",
    section: "Article section",
    trend: (rank: number) => `Trend no. ${rank} across the programmes, according to the article`,
    contested: "A contested theme: each candidate’s stance is shown.",
  },
  levels: {
    label: "Coded level:",
    0: "Not mentioned in the article",
    1: "Stance, no concrete measure",
    2: "At least one concrete proposal",
    3: "Flagship proposal according to the article",
  },
  stances: {
    label: "Stance:",
    against: "Against",
    conditional: "Open under conditions",
    undecided: "Undecided",
    "not-mentioned": "Not mentioned",
  },
  proposal: {
    measure: "Measure",
    stance: "Stance",
    flagship: "Flagship",
    quotesLabel: "Quotes from the article (in French)",
    note: "Note:",
  },
  attribution: {
    prefix: "Source:",
    candidate: (name: string) => name,
    spokesperson: (name: string, role: string, candidate: string) => `${name}, ${role}, for ${candidate}`,
    list: (candidate: string) => `${candidate}’s list`,
    party: (party: string, candidate: string) => `${party}, ${candidate}’s party`,
    article: "The article",
    channel: { programme: "in the programme", website: "on the movement’s website" },
  },
  figures: {
    heading: "The figures",
    intro: "Every number the article gives for a candidate or for the city, with its units and its doubts.",
    caption: "Figures quoted in the article",
    subject: "Who",
    measure: "What",
    value: "Value",
    doubts: "Doubts",
    quote: "Quote",
    city: "City of Paris",
    candidates: "Some candidates, not named",
    approximate: "about",
    perYear: "a year",
    or: "or",
    general: "in general",
    chosenBy: (who: string) => `chosen by ${who}`,
  },
  units: {
    multiplier: (v: string) => `×${v}`,
    nights: (v: string) => `${v} nights`,
    days: (v: string) => `${v} days`,
    datasets: (v: string) => `${v} datasets`,
    "start-ups": (v: string) => `${v} start-ups`,
    candidates: (v: string) => `${v} candidates`,
    "calendar-year": (v: string) => v,
    ordinal: (v: string) => (v.endsWith("1") && v !== "11" ? `${v}st` : v.endsWith("2") && v !== "12" ? `${v}nd` : v.endsWith("3") && v !== "13" ? `${v}rd` : `${v}th`),
    points: (v: string) => `${v} points`,
  },
  terms: {
    heading: "The words used",
    intro: "What the article says about the words in the programmes.",
    absentFrom: (term: string, count: number, outOf: number, corpus: string) =>
      `“${term}”: absent from ${count} of the ${outOf} ${corpus}. The article does not say which.`,
    usedBy: (term: string, names: string) => `“${term}”: used by ${names}.`,
  },
  list: (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`),
  view: {
    heading: "Filter the charts",
    show: "Candidates shown",
    highlight: "Highlight",
    none: "Nobody",
    apply: "Apply",
    reset: "Show everyone",
    hiddenNote: (n: number) => (n === 1 ? "1 candidate hidden" : `${n} candidates hidden`),
  },
  theme: { toggle: "Dark theme", light: "light", dark: "dark" },
  charts: {
    heading: "The charts",
    table: "Show the data as a table",
    notes: "Method and units",
    sourceLine: (citation: string) => `Source: ${citation}.`,
    candidate: "Candidate",
    quote: "Quote",
    openCell: "Show the quotes",
    close: "Close",
    panelHeading: (name: string, theme: string) => `${name} · ${theme}`,
    "theme-heatmap": {
      title: "Who talks about what, theme by theme",
      takeaway: (universal: string[], silent: number, total: number) =>
        `${universal.length === 0 ? "No theme is covered by every candidate shown" : `Only ${universal.join(", ")} ${universal.length === 1 ? "is" : "are"} covered by every candidate shown`}; the article says nothing on ${silent} of the ${total} candidate × theme pairs.`,
      description: (themes: number, candidates: number) =>
        `A grid of ${themes} themes by ${candidates} candidates. Each cell carries a coded level from 1 (a stance without a measure) to 3 (a flagship proposal), darker when higher; hatched cells mean the article mentions nothing. On facial recognition a symbol gives the stance: ✕ against, ◐ under conditions, ? undecided.`,
      notes: [
        "Levels coded by the dataset’s codebook: 0 the article says nothing, 1 a stance without a concrete measure, 2 at least one concrete proposal, 3 a proposal the article calls a main or flagship one.",
        "“Not mentioned” means the article does not say, not that the candidate is against it or that their programme is silent.",
        "Activate a cell to read the proposals and quotes behind it.",
      ],
      silent: ["not", "mentioned"] as [string, string],
      legendLevels: "Levels",
      legendStances: "Facial recognition",
      cellLabel: (name: string, theme: string, level: string, stance: string | null, proposals: number) =>
        `${name}, ${theme}: ${level}${stance ? `, stance ${stance}` : ""}${proposals ? ` (${proposals} proposal${proposals > 1 ? "s" : ""})` : ""}.`,
    },
    cameras: {
      title: "How many more cameras?",
      takeaway: (items: string[], others: number) =>
        `${items.length === 0 ? "No candidate shown puts a figure on more cameras" : `${items.length === 1 ? "One candidate puts" : `${items.length} candidates put`} a figure on more CCTV cameras: ${items.join(", ")}`}${others ? `; ${others === 1 ? "the other gives" : `the other ${others} give`} no figure in the article` : ""}.`,
      description: (items: string[], others: string[]) =>
        `Horizontal bars of the promised multiplication of the number of CCTV cameras, with a reference line at today’s count (×1). ${items.join(". ")}.${others.length ? ` No figure: ${others.join("; ")}.` : ""}`,
      notes: [
        "Multipliers as the article gives them; it gives neither today’s number of cameras nor a deadline.",
        "Candidates without a figure are listed with their stance on facial recognition, not drawn as a bar at ×1: no figure is not the status quo.",
      ],
      reference: "today (×1)",
      noFigure: (stance: string) => ["no figure", `facial recognition: ${stance}`],
      barLabel: (name: string, value: string, by: string) => `${name}: ${value} (${by})`,
      columns: { multiplier: "Camera multiplier", by: "Attribution", stance: "Facial recognition" },
      none: "no figure",
    },
    "rental-caps": {
      title: "Capping short-term rentals",
      takeaway: (items: string[]) =>
        items.length === 0
          ? "No candidate shown puts a figure on a rental cap."
          : `${items.length === 1 ? "One candidate puts" : `${items.length} candidates put`} a figure on a cap, each in their own way: ${items.join("; ")}.`,
      description: (items: string[], others: string[]) =>
        `Horizontal bars of the proposed caps on short-term rentals, in the unit the article gives (days or nights). ${items.join(". ")}.${others.length ? ` No figure: ${others.join(", ")}.` : ""}`,
      notes: [
        "Units as the article gives them: nights a year for David Belliard, days (no “per year”) for Anne Hidalgo and Rachida Dati. They are not converted.",
        "Options (chosen by arrondissement town halls) and zones (central Paris) are shown as such, never averaged.",
      ],
      noFigure: "no figure for a cap in the article",
      option: "option",
      columns: { cap: "Cap, as stated", doubts: "Doubts" },
    },
    keywords: {
      title: "The words of digital policy",
      takeaway: (count: number, outOf: number) =>
        `The word “numérique” does not appear in ${count} of the ${outOf} official paper programmes, the article says, without saying which.`,
      description: (facts: string[]) => `What the article says about the words used, then counts derived from the quotes. ${facts.join(" ")}`,
      notes: [
        "The “numérique” finding is the article’s and is attributed to no candidate: the six squares stand for no one in particular.",
        "Derived counts: occurrences of the keywords in the quotes of each candidate’s proposals, computed from the dataset. They measure what the article quotes, not the programmes themselves.",
      ],
      headings: { article: "What the article says", derived: "Derived: occurrences in the proposals’ quotes" },
      absentCaption: (count: number, outOf: number) => `“numérique” absent from ${count} of ${outOf} paper programmes (which ones? not said)`,
      usedCaption: (term: string) => `“${term}”, used by`,
      used: (name: string, term: string, used: boolean) => `${name} ${used ? "uses" : "is not reported as using"} “${term}”`,
      count: (name: string, keyword: string, count: number) => `${name}: ${count} occurrence${count === 1 ? "" : "s"} of “${keyword}” in the quotes`,
      columns: { fact: "The article’s finding", keyword: "Keyword (derived)" },
    },
  },
  notFound: { title: "Page not found", body: "This page does not exist.", back: "Back to the dashboard" },
  footer: {
    codebook: "Method: every cell is coded by a rule published in the dataset’s codebook.",
    license: "Open-source code. Quotes belong to their authors.",
  },
};
