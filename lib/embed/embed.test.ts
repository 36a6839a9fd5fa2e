// Embeds, exports and oEmbed, rendered in the node environment from the real dataset.
import { describe, expect, it } from "vitest";
import { buildChart, chartSlugs } from "../charts/registry";
import { validateDataset } from "../dataset/check";
import type { Dataset } from "../dataset/schema";
import { rawDataset } from "../testing/fixtures";
import { toCsv } from "./csv";
import { embedHtml } from "./embed-page";
import { exportSvg, fitSvg } from "./export-svg";
import { oembedJson, resolveOembedUrl } from "./oembed";
import { embedInlineScript, HOST_SCRIPT } from "./scripts";
import { colourTokens, exportCss } from "./styles";

const validated = validateDataset(rawDataset());
const dataset = (validated.ok ? validated.dataset : undefined) as Dataset;
const ids = dataset.candidates.map((c) => c.id);
const ORIGIN = "https://charts.example";
const chart = (slug: Parameters<typeof buildChart>[0], locale: "fr" | "en" = "fr", highlight?: string) =>
  buildChart(slug, { dataset, view: { hidden: [], highlight }, locale, linkBase: `${ORIGIN}/${locale}/paris-2020` });

describe("embedHtml(…)", () => {
  const html = embedHtml({ election: "paris-2020", chart: chart("cameras", "en", "dati"), options: { lang: "en", theme: "dark", highlight: "dati" }, origin: ORIGIN, citation: "Press article" });

  it("is one self-contained document: inline CSS and script, no external stylesheet, script or font", () => {
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en" data-theme="dark">/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"|<script[^>]+src=|@import|@font-face/);
    expect(html).toContain('<meta name="color-scheme" content="dark">');
    expect(html).toContain("How many more cameras?");
  });

  it("links every mark to the page of the site holding its quotes, opened outside the iframe", () => {
    expect(html).toContain('<base target="_blank">');
    expect(html).toContain(`href="${ORIGIN}/en/paris-2020/figures#figure-`);
    expect(html).toContain(`href="${ORIGIN}/en/paris-2020/themes/surveillance#cell-hidalgo-surveillance"`);
    expect(html).toContain(`href="${ORIGIN}/en/paris-2020#chart-cameras"`);
  });

  it("declares oEmbed and social-card metadata", () => {
    expect(html).toContain('type="application/json+oembed"');
    expect(html).toContain(`content="${ORIGIN}/charts/paris-2020/cameras.png?format=og&amp;lang=en&amp;theme=dark&amp;highlight=dati"`);
  });

  it("keeps its scripts tiny: the inline script under 2 KB, /embed.js under 1 KB", () => {
    expect(embedInlineScript("theme-heatmap").length).toBeLessThan(2048);
    expect(HOST_SCRIPT.length).toBeLessThan(1024);
  });
});

describe("exportSvg(…)", () => {
  for (const slug of chartSlugs(dataset)) {
    it(`${slug}: a standalone SVG with xmlns, title, desc and concrete colours`, () => {
      const { svg, width, height } = exportSvg(chart(slug), "Source : article", "light", "fr");
      expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="800" height="\d+"/);
      expect(svg).toContain('<title id="chart-title">');
      expect(svg).toContain('<desc id="chart-desc">');
      expect(svg).not.toContain("var(--");
      expect(svg).not.toMatch(/@import|url\(http/);
      expect(width).toBe(800);
      expect(height).toBeGreaterThan(200);
    });
  }

  it("fits a chart into a 1200×630 social card", () => {
    const card = fitSvg(exportSvg(chart("cameras"), "Source", "dark", "fr"), 1200, 630, "dark");
    expect(card).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630">/);
    expect(card).toContain('preserveAspectRatio="xMidYMid meet"');
  });
});

describe("styles for exports", () => {
  it("reads both schemes of each colour token and resolves every var()", () => {
    const css = ":root{--bar:light-dark(#08519c,#9ecae1);--hatch:light-dark(rgba(1, 2, 3, 0.1),rgba(4, 5, 6, 0.2));}";
    expect(colourTokens(css, "light")).toEqual({ "--bar": "#08519c", "--hatch": "rgba(1, 2, 3, 0.1)" });
    expect(colourTokens(css, "dark")["--hatch"]).toBe("rgba(4, 5, 6, 0.2)");
    expect(exportCss("dark", ["bar"])).toContain(".bar-rect{fill:#9ecae1}");
    expect(exportCss("light", ["bar"])).not.toMatch(/var\(|@media|:focus/);
  });

  it("carries the rules of the chart's own kind, not another kind's", () => {
    const bars = exportSvg(chart("cameras"), "Source", "light", "fr").svg;
    expect(bars).toContain(".bar-rect{");
    expect(bars).not.toContain(".heatmap-rect{");
    const grid = exportSvg(chart("theme-heatmap"), "Source", "light", "fr").svg;
    expect(grid).toContain(".heatmap-rect{");
    expect(grid).toContain(".legend-svg-label{");
    expect(grid).not.toContain(".bar-rect{");
  });
});

describe("toCsv(table)", () => {
  it("starts with a BOM, quotes fields with commas or quotes, and defuses formulas", () => {
    const csv = toCsv({
      caption: "c",
      columns: ["Candidat", "Citation"],
      rows: [
        { header: { text: "Agnès" }, cells: [{ text: 'dit « oui », "non"' }] },
        { header: { text: "=HYPERLINK()" }, cells: [{ text: "" }] },
      ],
    });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFCandidat,Citation\r\nAgnès,"dit « oui », ""non"""\r\n\'=HYPERLINK(),\r\n');
  });

  it("ends with the source line, after an empty row, when given one", () => {
    const csv = toCsv({ caption: "c", columns: ["Candidat"], rows: [{ header: { text: "Agnès" }, cells: [] }] }, "Source : article. Données version 2 (a1b2c3d4e5f6), corrigée le 30 novembre 2026.");
    expect(csv).toBe('\uFEFFCandidat\r\nAgnès\r\n\r\n"Source : article. Données version 2 (a1b2c3d4e5f6), corrigée le 30 novembre 2026."\r\n');
  });

  it("gives the cameras chart one row per quote behind each figure (one for a candidate without), with per-quote attribution", () => {
    const csv = toCsv(chart("cameras").csv);
    const lines = csv.replace(/\r\n$/, "").split("\r\n");
    const rows = dataset.candidates.reduce(
      (n, c) => n + Math.max(1, dataset.figures.find((f) => f.measure === "cctv-cameras" && f.subject.kind === "candidate" && f.subject.candidate === c.id)?.quotes.length ?? 0),
      0,
    );
    expect(lines).toHaveLength(1 + rows);
    expect(lines[0]).toBe(
      '\uFEFFCandidat,Multiplication des caméras,Incertitudes,Reconnaissance faciale,À qui est la position,Source de la citation,Passage de l’article,Paroles rapportées,"Qui parle, à quel titre"',
    );
    expect(csv).toContain("multiplier par quatre le nombre de caméras");
    expect(csv).toContain("Position de la liste d’Agnès Buzyn, selon l’article");
  });

  it("gives the heatmap one row per quote of each proposal and one per silent cell, in English when asked", () => {
    const lines = toCsv(chart("theme-heatmap", "en").csv).replace(/\r\n$/, "").split("\r\n");
    const quotes = dataset.proposals.reduce((n, p) => n + p.quotes.length, 0);
    const silent = dataset.cells.filter((c) => c.level === 0).length;
    expect(lines).toHaveLength(1 + quotes + silent);
    expect(lines[0]).toBe('\uFEFFCandidate,Theme,Coded level,Stance,Proposal (summary),Whose position,Quote source,The article’s passage,Direct speech,"Speaker, and in what capacity"');
  });
});

describe("oEmbed", () => {
  const known = { charts: chartSlugs(dataset), candidateIds: ids };
  const resolve = (url: string) => resolveOembedUrl(url, ORIGIN, "paris-2020", (election) => (election === "paris-2020" ? known : undefined));

  it("resolves our embed and dashboard URLs, with the election in them or legacy, and nothing else", () => {
    const keywords = { election: "paris-2020", slug: "keywords", options: { lang: "en", theme: "dark", highlight: undefined } };
    expect(resolve(`${ORIGIN}/embed/paris-2020/keywords?lang=en&theme=dark`)).toEqual(keywords);
    expect(resolve(`${ORIGIN}/embed/keywords?lang=en&theme=dark`)).toEqual(keywords);
    expect(resolve(`${ORIGIN}/en/paris-2020#chart-cameras`)).toMatchObject({ election: "paris-2020", slug: "cameras", options: { lang: "en" } });
    expect(resolve(`${ORIGIN}/en#chart-cameras`)?.slug).toBe("cameras");
    expect(resolve(`${ORIGIN}/fr`)?.slug).toBe(chartSlugs(dataset)[0]);
    expect(resolve(`${ORIGIN}/fr/paris-2020`)?.slug).toBe(chartSlugs(dataset)[0]);
    expect(resolve(`${ORIGIN}/embed/cameras?v=5b1a38560827`)?.options.version).toBe("5b1a38560827");
    const unknown = [
      `${ORIGIN}/embed/cameras?v=%3Cb%3E`,
      "https://evil.example/embed/keywords",
      `${ORIGIN}/embed/nope`,
      `${ORIGIN}/embed/lyon-2026/cameras`,
      `${ORIGIN}/fr/lyon-2026`,
      `${ORIGIN}/fr/present`,
    ];
    for (const url of [...unknown, `${ORIGIN}/embed/paris-2020/nope`, `${ORIGIN}/../etc/passwd`, "javascript:alert(1)", ""]) {
      expect(resolve(url), url).toBeUndefined();
    }
  });

  it("answers a rich type within maxwidth and maxheight", () => {
    const json = oembedJson({
      origin: ORIGIN,
      election: "paris-2020",
      slug: "cameras",
      title: "T",
      options: { lang: "fr", theme: "auto" },
      height: chart("cameras").embedHeight,
      maxwidth: 300,
      maxheight: 250,
      providerName: "P",
    });
    expect(json).toMatchObject({ version: "1.0", type: "rich", width: 300, height: 250 });
    expect(json.html).toContain('height="250"');
    expect(json.html).toContain("<iframe");
    const tall = oembedJson({ origin: ORIGIN, election: "paris-2020", slug: "keywords", title: "T", options: { lang: "fr", theme: "auto" }, height: chart("keywords").embedHeight, providerName: "P" });
    expect(tall.height).toBe(chart("keywords").embedHeight);
    expect(tall.html).toContain(`height="${chart("keywords").embedHeight}"`);
  });
});
