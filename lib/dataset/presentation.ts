// A dataset's presentation block: the placeholders each chart kind fills into a takeaway, the
// filling itself, and the rules a structural schema cannot express (known measures and themes,
// unique slugs, readable patterns, known placeholders). Pure, like check.ts, which calls it.
import type { Problem } from "./check";
import { BUILT_IN_UNITS } from "./constants";
import type { ChartKind, Dataset, LocalizedTextValue } from "./schema";

/**
 * The placeholders a takeaway of each kind may use, and what each becomes. Every kind is listed
 * (a `Record` over the closed set), so a new kind cannot ship without saying what it fills.
 */
export const TAKEAWAY_PLACEHOLDERS: Record<ChartKind, Record<string, string>> = {
  heatmap: { universal: "the themes every shown candidate addresses", silent: "the number of silent cells", total: "the number of cells" },
  "figure-bars": { values: 'each stated value with its candidate ("×4 (Dati), ×3 (Buzyn)")', count: "how many candidates give a figure", missing: "how many do not" },
  "term-usage": { term: "the term of the article's absent-from claim", count: "in how many documents it is absent", outOf: "out of how many", corpus: "which documents" },
};

/** `{name}`: the value. */
/** What a declared unit's words may use: the number as printed, and the number for plural forms (`{n|jour|jour|jours}`). */
const UNIT_PLACEHOLDERS = { value: "the number, as printed", n: "the number, for the plural forms" };

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
/**
 * `{name|one|other}` or `{name|zero|one|other}`: the form for the number, with `#` standing for it
 * (French and English need no more); a form may hold plain `{name}` placeholders.
 */
const PLURAL = /\{([A-Za-z]+)((?:\|(?:[^{}|]|\{[A-Za-z]+\})*){2,3})\}/g;

/** The form of a plural placeholder for a number. */
function pluralForm(forms: string[], n: number): string {
  const form = forms.length === 3 ? forms[n === 0 ? 0 : n === 1 ? 1 : 2]! : forms[n === 1 ? 0 : 1]!;
  return form.replaceAll("#", String(n));
}

/** A template with its plural forms chosen and each `{name}` replaced by its value; an unknown name is left as written (check.ts reports it first). */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template
    .replace(PLURAL, (whole, name: string, forms: string) => (name in values ? pluralForm(forms.slice(1).split("|"), Number(values[name])) : whole))
    .replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Every placeholder name a template uses, plain or plural. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLURAL), ...template.replace(PLURAL, (_w, _n, forms: string) => forms).matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** The compiled pattern of a term-usage keyword: global, so every occurrence counts. */
export function keywordPattern(keyword: { pattern: string; ignoreCase?: boolean }): RegExp {
  return new RegExp(keyword.pattern, keyword.ignoreCase ? "gi" : "g");
}

/** The presentation's cross-references and placeholders; every problem, in file order. */
export function checkPresentation(d: Dataset): Problem[] {
  const problems: Problem[] = [];
  const report = (path: Problem["path"], message: string) => problems.push({ path, message });
  const measures = new Set(d.measures.map((m) => m.id));
  const contested = new Set(d.themes.filter((t) => t.contested).map((t) => t.id));
  const slugs = new Map<string, number>();
  const declaredUnits = d.presentation.units ?? {};
  d.figures.forEach((f, i) => {
    if (!(BUILT_IN_UNITS as readonly string[]).includes(f.unit) && !(f.unit in declaredUnits)) {
      report(["figures", i, "unit"], `unknown unit "${f.unit}": use a built-in one (${BUILT_IN_UNITS.join(", ")}) or give its words in presentation.units`);
    }
  });
  for (const [unit, words] of Object.entries(declaredUnits)) {
    for (const lang of ["fr", "en"] as const) if (!words[lang].includes("{value}")) report(["presentation", "units", unit, lang], "must hold {value}, where the number goes");
    checkPlaceholders(words, UNIT_PLACEHOLDERS, ["presentation", "units", unit], report);
  }
  let heatmapAt: number | undefined;
  d.presentation.charts.forEach((chart, i) => {
    // The dashboard has one cell panel and one hatch pattern for silent cells: one heatmap per election.
    if (chart.kind === "heatmap" && heatmapAt !== undefined) report(["presentation", "charts", i, "kind"], `a second heatmap (the first is presentation.charts[${heatmapAt}]): an election has one`);
    if (chart.kind === "heatmap") heatmapAt ??= i;
    const at = ["presentation", "charts", i];
    if (slugs.has(chart.slug)) report([...at, "slug"], `duplicate chart slug "${chart.slug}" (first at presentation.charts[${slugs.get(chart.slug)}])`);
    else slugs.set(chart.slug, i);
    if (chart.takeaway) checkPlaceholders(chart.takeaway, TAKEAWAY_PLACEHOLDERS[chart.kind], [...at, "takeaway"], report);
    if (chart.kind === "figure-bars") {
      if (!measures.has(chart.measure)) report([...at, "measure"], `unknown measure id "${chart.measure}"`);
      if (chart.stanceTheme !== undefined && !contested.has(chart.stanceTheme)) report([...at, "stanceTheme"], `"${chart.stanceTheme}" is not a contested theme: only contested themes carry a stance`);
    }
    if (chart.kind === "term-usage") {
      chart.keywords.forEach((k, j) => {
        try {
          new RegExp(k.pattern);
        } catch (error) {
          report([...at, "keywords", j, "pattern"], `not a valid regular expression (${(error as Error).message})`);
        }
      });
    }
  });
  return problems;
}

function checkPlaceholders(text: LocalizedTextValue, known: Record<string, string>, path: Problem["path"], report: (path: Problem["path"], message: string) => void): void {
  for (const lang of ["fr", "en"] as const) {
    for (const name of new Set(placeholdersOf(text[lang]))) {
      if (!(name in known))
        report(
          [...path, lang],
          `unknown placeholder {${name}}; this kind knows ${Object.keys(known)
            .map((k) => `{${k}}`)
            .join(", ")}`,
        );
    }
  }
}
