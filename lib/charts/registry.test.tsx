// The chart registry: every instance a dataset declares, built by its kind. Snapshots: one per kind
// from the small fictional fixture (lib/testing/chart-fixture.ts), one per kind from the real data.
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { validateDataset } from "../dataset/check";
import { CHART_KINDS, type ChartKind, type ChartSpecRecord, type Dataset } from "../dataset/schema";
import { getDictionary } from "../i18n";
import { chartFixture } from "../testing/chart-fixture";
import { rawDataset } from "../testing/fixtures";
import { expectSvgSnapshot } from "../testing/pretty-svg";
import { EMPTY_VIEW, type View } from "../view";
import { buildChart, chartSlugs, isChartSlug } from "./registry";
import { countOccurrences, keywordCounts } from "./term-usage";

const valid = (raw: unknown): Dataset => {
  const v = validateDataset(raw);
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path.join(".")}: ${p.message}`).join("\n"));
  return v.dataset;
};
const dataset = valid(rawDataset());
const fixture = valid(chartFixture());
const svgOf = (slug: string, view: View = EMPTY_VIEW, locale: "fr" | "en" = "fr", d: Dataset = dataset) =>
  renderToStaticMarkup(buildChart(slug, { dataset: d, view, locale }).svg({ titleId: "title", descId: "desc" }));
/** A standalone SVG document of a chart, as a snapshot stores it. */
const documentOf = (slug: string, d: Dataset) => svgOf(slug, EMPTY_VIEW, "fr", d).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ');
const snapshot = (name: string) => path.join(__dirname, "__snapshots__", name);
/** The first instance of a kind that a dataset declares. */
const firstOfKind = (d: Dataset, kind: ChartKind) => d.presentation.charts.find((c) => c.kind === kind);
/** The fixture with its presentation changed. */
const withCharts = (change: (charts: ChartSpecRecord[]) => ChartSpecRecord[]): Dataset => {
  const d = chartFixture();
  d.presentation.charts = change(d.presentation.charts);
  return valid(d);
};

describe("the chart registry", () => {
  it("builds the instances the data declares, and nothing else", () => {
    expect(chartSlugs(dataset)).toEqual(dataset.presentation.charts.map((c) => c.slug));
    expect(chartSlugs(fixture)).toEqual(["grid", "hotspots", "words"]);
    expect(isChartSlug(dataset, dataset.presentation.charts[0]!.slug)).toBe(true);
    expect(isChartSlug(fixture, "cameras")).toBe(false);
    expect(isChartSlug(dataset, "../etc/passwd")).toBe(false);
    expect(() => buildChart("nope", { dataset, view: EMPTY_VIEW, locale: "fr" })).toThrow(/unknown chart/);
  });

  for (const [name, d] of [
    ["paris-2020", dataset],
    ["fixture", fixture],
  ] as const) {
    for (const spec of d.presentation.charts) {
      for (const locale of ["fr", "en"] as const) {
        it(`${name} ${spec.slug} (${spec.kind}) in ${locale}: title and notes from the data, a takeaway, alt text and a table`, () => {
          const chart = buildChart(spec.slug, { dataset: d, view: EMPTY_VIEW, locale });
          expect(chart.kind).toBe(spec.kind);
          expect(chart.texts.title).toBe(spec.title[locale]);
          expect(chart.texts.notes).toEqual(spec.notes.map((n) => n[locale]));
          expect(chart.texts.takeaway).toMatch(/\.$/);
          expect(chart.texts.takeaway).not.toMatch(/[{}]/);
          expect(chart.texts.description.startsWith(spec.description[locale])).toBe(true);
          expect(chart.tables[0]!.rows.length).toBeGreaterThan(0);
          expect(chart.csv.rows.length).toBeGreaterThan(0);
          expect(svgOf(spec.slug, EMPTY_VIEW, locale, d)).toMatch(/^<svg[^>]*aria-labelledby="title"[^>]*aria-describedby="desc"/);
        });
      }

      it(`${name} ${spec.slug}: leaves hidden candidates out of the chart and its tables`, () => {
        const hidden = d.candidates[1]!;
        const view = { hidden: [hidden.id] };
        expect(svgOf(spec.slug, view, "fr", d)).not.toContain(`data-candidate="${hidden.id}"`);
        // Row and column headers name the candidates shown (a doubt may still mention the hidden one in passing).
        const headers = buildChart(spec.slug, { dataset: d, view, locale: "fr" }).tables.flatMap((t) => [...t.columns, ...t.rows.map((r) => r.header.text)]);
        expect(headers).not.toContain(hidden.name);
        expect(headers.filter((h) => d.candidates.some((c) => c.name === h)).length).toBeGreaterThan(0);
      });

      it(`${name} ${spec.slug}: marks the highlighted candidate`, () => {
        expect(svgOf(spec.slug, { hidden: [], highlight: d.candidates[0]!.id }, "fr", d)).toContain("--highlighted");
        expect(svgOf(spec.slug, EMPTY_VIEW, "fr", d)).not.toContain("--highlighted");
      });
    }
  }

  for (const kind of CHART_KINDS) {
    it(`draws the ${kind} kind the same every time, from the fixture and from the real data (pretty-printed snapshots)`, async () => {
      // The fixture declares every kind (a new kind needs its instance there); the real data, the kinds it uses.
      const fromFixture = firstOfKind(fixture, kind);
      expect(fromFixture, `lib/testing/chart-fixture.ts declares a ${kind} instance`).toBeDefined();
      const sources = [
        ["fixture", fixture, fromFixture],
        ["paris-2020", dataset, firstOfKind(dataset, kind)],
      ] as const;
      for (const [name, d, spec] of sources) {
        if (!spec) continue;
        const svg = documentOf(spec.slug, d);
        expect(documentOf(spec.slug, d)).toBe(svg);
        await expectSvgSnapshot(svg, snapshot(`${name}.${kind}.fr.svg`));
      }
    });
  }
});

describe("a dataset declaring a second figure-bars instance", () => {
  const d = withCharts((charts) => [
    ...charts,
    {
      slug: "library-hours",
      kind: "figure-bars",
      measure: "library-hours",
      valueColumn: { fr: "Heures d’ouverture", en: "Opening hours" },
      title: { fr: "Des bibliothèques ouvertes plus longtemps", en: "Libraries open longer" },
      takeaway: { fr: "{count|Personne|Une candidate|# candidats} chiffre : {values}.", en: "{count|Nobody|One candidate|# candidates} gives a figure: {values}." },
      description: { fr: "Barres des heures d’ouverture.", en: "Bars of the opening hours." },
      notes: [{ fr: "Heures par semaine.", en: "Hours a week." }],
    },
  ]);
  const chart = buildChart("library-hours", { dataset: d, view: EMPTY_VIEW, locale: "fr" });

  it("renders it on another measure with no code change: a bar per zone, the takeaway filled, a table and a CSV", () => {
    const svg = svgOf("library-hours", EMPTY_VIEW, "fr", d);
    expect(svg.match(/class="bar bar--value"/g)).toHaveLength(1);
    expect(svg.match(/class="bar bar--zone"/g)).toHaveLength(1);
    expect(svg).toContain("60 points (en général)");
    expect(chart.texts.takeaway).toBe("Une candidate chiffre : 60 points (en général)\u00a0; 80 points (centre) (Chloé Durand).");
    expect(chart.tables[0]!.columns.slice(0, 2)).toEqual(["Candidat", "Heures d’ouverture"]);
    expect(chart.tables[0]!.rows.map((r) => r.cells[0]!.text)).toEqual(["aucun chiffre dans l’article", "aucun chiffre dans l’article", "60 points (en général)\u00a0; 80 points (centre)"]);
    expect(chart.csv.columns[1]).toBe("Heures d’ouverture");
    expect(chart.csv.rows.find((r) => r.header.text === "Chloé Durand")!.cells.map((c) => c.text)).toContain("Chloé Durand ouvrirait les bibliothèques 60 heures, 80 au centre");
  });

  it("says 'no figure in the article' for a candidate without one, never a bar, when the instance names no stance theme", () => {
    const svg = svgOf("library-hours", EMPTY_VIEW, "fr", d);
    expect(svg.match(/class="bar-missing"/g)).toHaveLength(2);
    expect(svg).toContain(">aucun chiffre dans l’article<");
    expect(svg).not.toContain("Drones");
  });

  it("ticks the axis in the measure's unit", () => {
    expect(svg(d)).toMatch(/class="chart-tick">\d+ points</);
    function svg(x: Dataset) {
      return svgOf("library-hours", EMPTY_VIEW, "fr", x);
    }
  });
});

describe("figure-bars takeaways", () => {
  const takeaway = (hidden: string[], locale: "fr" | "en") => buildChart("hotspots", { dataset: fixture, view: { hidden }, locale }).texts.takeaway;

  it("read right for many, one and no candidates with a figure (the data's plural forms)", () => {
    expect(takeaway([], "fr")).toBe("2 candidats chiffrent les bornes : ×3 (Alice Martin)\u00a0; ×2 ou 4, au choix de chaque quartier (Bruno Petit), un autre non.");
    expect(takeaway(["petit"], "fr")).toBe("Un candidat chiffre les bornes : ×3 (Alice Martin), un autre non.");
    expect(takeaway(["martin", "petit"], "fr")).toBe("Aucun candidat ne chiffre les bornes, un autre non.");
    expect(takeaway(["durand"], "en")).toBe("2 candidates put a figure on hotspots: ×3 (Alice Martin); ×2 or 4, chosen by each neighbourhood (Bruno Petit).");
    expect(takeaway(["petit", "durand"], "en")).toBe("One candidate puts a figure on hotspots: ×3 (Alice Martin).");
    expect(takeaway(["martin", "petit"], "en")).toBe("No candidate puts a figure on hotspots, one does not.");
  });

  it("fall back to the kind's own sentence, true of any election, when the data writes none", () => {
    const d = withCharts((charts) => charts.map((c) => (c.slug === "hotspots" ? { ...c, takeaway: undefined } : c)));
    const say = (hidden: string[]) => buildChart("hotspots", { dataset: d, view: { hidden }, locale: "fr" }).texts.takeaway;
    expect(say([])).toBe("2 candidats donnent un chiffre\u00a0: ×3 (Alice Martin)\u00a0; ×2 ou 4, au choix de chaque quartier (Bruno Petit)\u00a0; l’autre n’en avance aucun dans l’article.");
    expect(say(["martin"])).toBe("Un candidat donne un chiffre\u00a0: ×2 ou 4, au choix de chaque quartier (Bruno Petit)\u00a0; l’autre n’en avance aucun dans l’article.");
    expect(say(["martin", "petit"])).toBe("Aucun candidat affiché ne donne de chiffre\u00a0; l’autre n’en avance aucun dans l’article.");
  });

  it("list a candidate without a figure with their stance on the instance's theme, named from the data, linking to that cell on the theme's page", () => {
    const svg = svgOf("hotspots", EMPTY_VIEW, "fr", fixture);
    expect(svg.match(/class="bar-missing"/g)).toHaveLength(1);
    expect(svg).toContain("Drones\u00a0: non mentionné");
    expect(svg).toContain('href="/fr/ville-exemple-2030/themes/drones#cell-durand-drones"');
  });
});

describe("the heatmap kind", () => {
  it("names the data's contested themes in its key and description, and draws no stance key without one", () => {
    const chart = buildChart("grid", { dataset: fixture, view: EMPTY_VIEW, locale: "en" });
    const key = renderToStaticMarkup(chart.legend!.html);
    expect(key).toContain("“Drones”");
    expect(chart.texts.description).toContain("On “Drones” a symbol gives the stance");
    const calm = chartFixture();
    calm.themes = calm.themes.filter((t) => t.id !== "drones");
    calm.cells = calm.cells.filter((c) => c.theme !== "drones");
    calm.proposals = calm.proposals.filter((p) => p.theme !== "drones");
    calm.presentation.charts = calm.presentation.charts.map((c) => (c.kind === "figure-bars" ? { ...c, stanceTheme: undefined } : c));
    const plain = buildChart("grid", { dataset: valid(calm), view: EMPTY_VIEW, locale: "en" });
    expect(renderToStaticMarkup(plain.legend!.html)).not.toContain("legend-symbol");
    expect(plain.texts.description).not.toContain("symbol");
  });

  it("says its own sentence when the data writes no takeaway, and fills the data's when it does", () => {
    expect(buildChart("grid", { dataset: fixture, view: EMPTY_VIEW, locale: "fr" }).texts.takeaway).toBe(
      "Aucun thème n’est abordé par tous les candidats affichés\u00a0; l’article ne dit rien de 3 des 9 croisements candidat × thème.",
    );
    const d = withCharts((charts) => charts.map((c) => (c.kind === "heatmap" ? { ...c, takeaway: { fr: "{silent} cases muettes sur {total}.", en: "{silent} silent of {total}." } } : c)));
    expect(buildChart("grid", { dataset: d, view: EMPTY_VIEW, locale: "en" }).texts.takeaway).toBe("3 silent of 9.");
  });
});

describe("where a chart's quotes are", () => {
  const ORIGIN = "https://charts.example";
  const hrefs = (markup: string) => [...markup.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);

  it("heatmap: each column heading leads to its candidate's page, each row heading to its theme's, named by their visible text", () => {
    const svg = svgOf("grid", EMPTY_VIEW, "en", fixture);
    const heading = (href: string) => new RegExp(`<a href="${href}" class="chart-heading-link"[^>]*><text [^>]*>[^<]+</text></a>`);
    for (const c of fixture.candidates) expect(svg).toMatch(heading(`/en/ville-exemple-2030/candidates/${c.id}`));
    for (const t of fixture.themes) expect(svg).toMatch(heading(`/en/ville-exemple-2030/themes/${t.id}`));
    // The headings are in the accessibility tree (links named by their text), and only marks carry a name of their own (the tooltip's text).
    expect(svg).not.toContain('aria-hidden="true"><a');
    expect(svg.match(/<a [^>]*aria-label=/g)).toHaveLength(fixture.candidates.length * fixture.themes.length);
  });

  it("says where its quotes are: the heatmap's headings, the figures page, the terms page", () => {
    const reference = (slug: string) => buildChart(slug, { dataset: fixture, view: EMPTY_VIEW, locale: "fr" }).reference;
    expect(reference("grid")).toEqual({ text: getDictionary("fr").charts.reference.headings });
    expect(reference("hotspots")).toEqual({ text: getDictionary("fr").charts.reference.figures, href: "/fr/ville-exemple-2030/figures" });
    expect(reference("words")).toEqual({ text: getDictionary("fr").charts.reference.terms, href: "/fr/ville-exemple-2030/terms" });
  });

  it("in an embed or a download, every link is absolute on the embed's origin, the open cell's on the election's dashboard", () => {
    for (const slug of chartSlugs(fixture)) {
      const chart = buildChart(slug, { dataset: fixture, view: EMPTY_VIEW, locale: "en", linkBase: `${ORIGIN}/en/ville-exemple-2030` });
      const links = [
        ...hrefs(renderToStaticMarkup(chart.svg({ titleId: "t", descId: "d" }))),
        ...chart.tables.flatMap((t) => [...t.rows.flatMap((r) => [r.header, ...r.cells])].flatMap((c) => (c.href ? [c.href] : []))),
      ];
      expect(links.length, slug).toBeGreaterThan(0);
      for (const link of links) expect(link.startsWith(`${ORIGIN}/en/ville-exemple-2030`), `${slug}: ${link}`).toBe(true);
    }
  });

  it('leaves out attributes that would be undefined (each would travel as "$undefined" in the page\'s React payload)', () => {
    for (const slug of chartSlugs(dataset)) {
      const element = buildChart(slug, { dataset, view: EMPTY_VIEW, locale: "fr" }).svg({ titleId: "t", descId: "d" });
      const undefinedProps: string[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) {
          node.forEach(walk);
          return;
        }
        if (!node || typeof node !== "object" || !("props" in node)) return;
        const { type, props } = node as { type: unknown; props: Record<string, unknown> };
        // A function component (a chart's own part) is drawn to see its elements.
        if (typeof type === "function") {
          walk((type as (p: unknown) => unknown)(props));
          return;
        }
        for (const [key, value] of Object.entries(props)) if (value === undefined) undefinedProps.push(`${String(type)}.${key}`);
        walk(props.children);
      };
      walk(element);
      expect(undefinedProps, slug).toEqual([]);
    }
  });
});

describe("the term-usage kind", () => {
  it("captions the absent-from finding with the data's term and corpus, naming no candidate", () => {
    const svg = svgOf("words", EMPTY_VIEW, "fr", fixture);
    const absent = svg.match(/<a[^>]*class="keyword-absent"[\s\S]*?<\/a>/)?.[0] ?? "";
    expect(absent.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ")).toContain("« transition » absent de 1 des 3 professions de foi");
    for (const c of fixture.candidates) expect(absent).not.toContain(c.name.split(" ").pop());
  });

  it("counts the data's keywords, and says the kind's own sentence when there is no absent-from finding", () => {
    const chart = buildChart("words", { dataset: fixture, view: EMPTY_VIEW, locale: "fr" });
    expect(chart.tables[1]!.rows.map((r) => r.header.text)).toEqual(["vélo", "wifi"]);
    expect(chart.texts.takeaway).toBe("« transition » : absent de 1 des 3 professions de foi. L’article ne les nomme pas.");
    const d = chartFixture();
    d.termUsage = d.termUsage.filter((f) => f.claim.kind !== "absent-from");
    expect(buildChart("words", { dataset: valid(d), view: EMPTY_VIEW, locale: "en" }).texts.takeaway).toBe(getDictionary("en").charts.termUsage.takeaway);
  });
});

describe("the real data (Paris 2020)", () => {
  const spec = (kind: ChartKind) => firstOfKind(dataset, kind)!;

  it("heatmap: every candidate × theme is a link to its quotes, silent ones labelled, none drawn as 0", () => {
    const svg = svgOf(spec("heatmap").slug);
    const cells = dataset.candidates.length * dataset.themes.length;
    expect(svg.match(/class="heatmap-cell/g)).toHaveLength(cells);
    const silent = dataset.cells.filter((c) => c.level === 0).length;
    expect(svg.match(/heatmap-cell--silent/g)).toHaveLength(silent);
    expect(svg.match(/>mentionné</g)).toHaveLength(silent);
    expect(svg).not.toMatch(/class="heatmap-level"[^>]*>0</);
    expect(buildChart(spec("heatmap").slug, { dataset, view: EMPTY_VIEW, locale: "fr" }).texts.takeaway).toContain(`${silent} des ${cells}`);
  });

  it("cameras: bars only for the multipliers the source gives, the others listed with their stance", () => {
    const svg = svgOf("cameras");
    expect(svg.match(/class="bar bar--value"/g)).toHaveLength(2);
    expect(svg).toContain(">×4<");
    expect(svg).toContain(">×3<");
    expect(svg).toContain("aujourd’hui (×1)");
    expect(svg.match(/class="bar-missing"/g)).toHaveLength(4);
    expect(svg).toContain("Reconnaissance faciale\u00a0: non mentionné");
  });

  it("rental caps: three options for Hidalgo, a zone for Dati, nights a year for Belliard", () => {
    const svg = svgOf("rental-caps");
    expect(svg.match(/bar--option/g)).toHaveLength(3);
    expect(svg.match(/bar--zone/g)).toHaveLength(1);
    expect(svg).toContain("45 nuitées par an");
    expect(svg).toContain("30 jours (centre de Paris)");
    expect(svg).toContain("aucun chiffre dans l’article");
  });

  it("term usage: the alt text names the candidates who use a term (names, not ids)", () => {
    const description = buildChart(spec("term-usage").slug, { dataset, view: EMPTY_VIEW, locale: "en" }).texts.description;
    expect(description).toContain("Agnès Buzyn, Cédric Villani and Anne Hidalgo");
    expect(description).not.toMatch(/\bbuzyn\b/);
  });

  it("term usage: the absent-from count names no candidate", () => {
    const svg = svgOf(spec("term-usage").slug);
    const absent = svg.match(/<a[^>]*class="keyword-absent"[\s\S]*?<\/a>/)?.[0] ?? "";
    expect(absent).toContain("3 des 6");
    for (const c of dataset.candidates) {
      expect(absent).not.toContain(c.name.split(" ").pop());
      expect(absent).not.toContain(c.id);
    }
  });
});

describe("derived keyword counts", () => {
  it("countOccurrences counts every match once per distinct quote", () => {
    expect(countOccurrences(["les données et des données", "les données et des données"], /données/gi)).toBe(2);
    expect(countOccurrences(["l’IA pour la ville", "DIAGNOSTIC"], /\bIA\b/g)).toBe(1);
  });

  it("keywordCounts is computed from each candidate's quoted proposals with the instance's patterns, not typed in", () => {
    const words = firstOfKind(dataset, "term-usage");
    if (words?.kind !== "term-usage") throw new Error("the real data declares a term-usage chart");
    const counts = keywordCounts(dataset, words.keywords, ["simonnet", "belliard"]);
    const expected = (c: string, re: RegExp) =>
      countOccurrences(
        dataset.proposals.filter((p) => p.candidate === c).flatMap((p) => p.quotes.map((q) => q.text)),
        re,
      );
    const first = words.keywords[0]!;
    const counted = counts.find((k) => k.keyword === first.keyword)!;
    expect(counted.counts.simonnet).toBe(expected("simonnet", new RegExp(first.pattern, first.ignoreCase ? "gi" : "g")));
    expect(counted.counts.simonnet).toBeGreaterThan(0);
  });
});
