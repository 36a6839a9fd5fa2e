import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { validateDataset } from "../dataset/check";
import type { Dataset } from "../dataset/schema";
import { rawDataset } from "../testing/fixtures";
import { EMPTY_VIEW, type View } from "../view";
import { countOccurrences, keywordCounts } from "./keywords";
import { buildChart, chartSlugs, isChartSlug } from "./registry";

const validated = validateDataset(rawDataset());
const dataset = (validated.ok ? validated.dataset : undefined) as Dataset;
const svgOf = (slug: string, view: View = EMPTY_VIEW, locale: "fr" | "en" = "fr") =>
  renderToStaticMarkup(buildChart(slug, { dataset, view, locale }).svg({ titleId: "title", descId: "desc" }));

describe("the chart registry", () => {
  it("knows exactly the four slugs of the design", () => {
    expect(chartSlugs(dataset)).toEqual(["theme-heatmap", "cameras", "rental-caps", "keywords"]);
    expect(isChartSlug(dataset, "cameras")).toBe(true);
    expect(isChartSlug(dataset, "../etc/passwd")).toBe(false);
  });

  for (const slug of chartSlugs(dataset)) {
    for (const locale of ["fr", "en"] as const) {
      it(`buildChart("${slug}") in ${locale} has a title, takeaway, alt text, notes and a table`, () => {
        const chart = buildChart(slug, { dataset, view: EMPTY_VIEW, locale });
        expect(chart.texts.title.length).toBeGreaterThan(5);
        expect(chart.texts.takeaway).toMatch(/\.$/);
        expect(chart.texts.description.length).toBeGreaterThan(40);
        expect(chart.texts.notes.length).toBeGreaterThan(0);
        expect(chart.tables[0]!.rows.length).toBeGreaterThan(0);
        expect(svgOf(slug, EMPTY_VIEW, locale)).toMatch(/^<svg[^>]*aria-labelledby="title"[^>]*aria-describedby="desc"/);
      });
    }

    it(`buildChart("${slug}") draws the same SVG every time (deterministic snapshot)`, async () => {
      const svg = svgOf(slug).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ');
      expect(svgOf(slug).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(svg);
      expect(svg).not.toMatch(/\d\.\d{4,}/); // numbers rounded to 3 decimals
      await expect(svg).toMatchFileSnapshot(`./__snapshots__/${slug}.fr.svg`);
    });

    it(`buildChart("${slug}") leaves hidden candidates out of the chart and its tables`, () => {
      const view = { hidden: ["dati"] };
      expect(svgOf(slug, view)).not.toContain('data-candidate="dati"');
      const tables = buildChart(slug, { dataset, view, locale: "fr" }).tables;
      // Row and column headers name the candidates shown (a doubt may still mention Dati in passing).
      const headers = tables.flatMap((t) => [...t.columns, ...t.rows.map((r) => r.header.text)]);
      expect(headers).not.toContain("Rachida Dati");
      expect(headers.filter((h) => dataset.candidates.some((c) => c.name === h)).length).toBeGreaterThan(0);
    });

    it(`buildChart("${slug}") marks the highlighted candidate`, () => {
      expect(svgOf(slug, { hidden: [], highlight: "buzyn" })).toContain("--highlighted");
      expect(svgOf(slug)).not.toContain("--highlighted");
    });
  }

  it("heatmap: every candidate × theme is a link to its quotes, silent ones labelled, none drawn as 0", () => {
    const svg = svgOf("theme-heatmap");
    expect(svg.match(/class="heatmap-cell/g)).toHaveLength(42);
    const silent = dataset.cells.filter((c) => c.level === 0).length;
    expect(svg.match(/heatmap-cell--silent/g)).toHaveLength(silent);
    expect(svg.match(/>mentionné</g)).toHaveLength(silent);
    expect(svg).not.toMatch(/class="heatmap-level"[^>]*>0</);
    expect(buildChart("theme-heatmap", { dataset, view: EMPTY_VIEW, locale: "fr" }).texts.takeaway).toContain(`${silent} des 42`);
  });

  it("cameras: bars only for the multipliers the source gives, the others listed with their stance", () => {
    const svg = svgOf("cameras");
    expect(svg.match(/class="bar bar--value"/g)).toHaveLength(2);
    expect(svg).toContain(">×4<");
    expect(svg).toContain(">×3<");
    expect(svg).toContain("aujourd’hui (×1)");
    expect(svg.match(/class="bar-missing"/g)).toHaveLength(4);
    expect(svg).toContain("reconnaissance faciale\u00a0: non mentionné");
  });

  it("rental caps: three options for Hidalgo, a zone for Dati, nights a year for Belliard", () => {
    const svg = svgOf("rental-caps");
    expect(svg.match(/bar--option/g)).toHaveLength(3);
    expect(svg.match(/bar--zone/g)).toHaveLength(1);
    expect(svg).toContain("45 nuitées par an");
    expect(svg).toContain("30 jours (centre de Paris)");
    expect(svg).toContain("aucun plafond chiffré dans l’article");
  });

  it("keywords: the alt text names the candidates who use a term (names, not ids)", () => {
    const description = buildChart("keywords", { dataset, view: EMPTY_VIEW, locale: "en" }).texts.description;
    expect(description).toContain("Agnès Buzyn, Cédric Villani and Anne Hidalgo");
    expect(description).not.toMatch(/\bbuzyn\b/);
  });

  it("keywords: the 'numérique' count names no candidate", () => {
    const svg = svgOf("keywords");
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

  it("keywordCounts is computed from each candidate's quoted proposals, not typed in", () => {
    const counts = keywordCounts(dataset, ["simonnet", "belliard"]);
    const expected = (c: string, re: RegExp) => countOccurrences(dataset.proposals.filter((p) => p.candidate === c).flatMap((p) => p.quotes.map((q) => q.text)), re);
    const numerique = counts.find((k) => k.keyword === "numérique")!;
    expect(numerique.counts.simonnet).toBe(expected("simonnet", /numériques?/gi));
    expect(numerique.counts.simonnet).toBeGreaterThan(0);
  });
});
