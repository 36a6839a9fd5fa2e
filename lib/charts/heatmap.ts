// The heatmap kind: themes × candidates, each cell a coded level (and a stance on contested
// themes), each a link to the panel with its quotes.

import { HeatmapChart } from "@/components/charts/HeatmapChart";
import { heatmapLegendSvg } from "@/components/charts/HeatmapLegendSvg";
import { HeatmapLegend } from "@/components/HeatmapLegend";
import type { LevelValue } from "../dataset/schema";
import { cellIndex, pairKey, proposalIndex } from "../dataset/select";
import { type HeatmapInput, type HeatmapLayout, layoutHeatmap } from "../geometry/heatmap";
import { type Dictionary, getDictionary, pick } from "../i18n";
import { formatOwner } from "../i18n/format";
import { CELL_PANEL_ID } from "../page-ids";
import { viewQuery, visibleCandidates } from "../view";
import { attributionColumns, contestedThemes, datumLink, descriptionOf, perQuoteRows, surname, takeawayOf } from "./common";
import type { ChartContext, KindDefinition } from "./types";

/** A column name from a label that ends with a colon ("Niveau codé :" → "Niveau codé"). */
const columnName = (label: string) => label.replace(/\s*:$/, "").trim();

/** A coded level in words, with its digit; a silent cell in words only ("Non mentionné par l’article"), never "0". */
function levelText(t: Dictionary, level: LevelValue): string {
  const words = t.levels[level];
  return level === 0 ? words : `${level} – ${words}`;
}

function select(ctx: ChartContext): HeatmapInput {
  const { dataset: d, view, locale, linkBase = "" } = ctx;
  const t = getDictionary(locale);
  const candidates = visibleCandidates(d.candidates, view);
  const cells = cellIndex(d);
  const proposals = proposalIndex(d);
  return {
    // The headings lead to each candidate's and each theme's page.
    columns: candidates.map((c) => ({ candidate: c.id, label: surname(c), highlighted: view.highlight === c.id, href: datumLink(ctx, { kind: "candidate", id: c.id }) })),
    rows: d.themes.map((theme) => ({ theme: theme.id, label: pick(theme.shortLabel, locale), href: datumLink(ctx, { kind: "theme", id: theme.id }) })),
    cells: d.themes.flatMap((theme) =>
      candidates.map((c) => {
        const cell = cells.get(pairKey(c.id, theme.id));
        const level = cell?.level ?? 0;
        const stance = cell?.stance && cell.stance !== "not-mentioned" ? cell.stance : undefined;
        const label = t.charts.heatmap.cellLabel(c.name, pick(theme.label, locale), level, t.levels[level], stance ? t.stances[stance] : null, proposals.get(pairKey(c.id, theme.id))?.length ?? 0);
        // A silent cell on a theme the article speaks of for everyone says so, as the article's.
        const aboutAll = level === 0 && theme.aboutAll ? ` ${t.voice.aboutAllTip(pick(theme.aboutAll.summary, locale))}` : "";
        return {
          candidate: c.id,
          theme: theme.id,
          level,
          stance,
          href: `${linkBase}${viewQuery({ ...view, cell: { candidate: c.id, theme: theme.id } })}#${CELL_PANEL_ID}`,
          label: label + aboutAll,
        };
      }),
    ),
    silentText: t.charts.heatmap.silent,
    openCell: view.cell,
  };
}

/** The most themes (rows of six candidates' cells) one slide shows with its labels at TV size. */
export const HEATMAP_THEMES_PER_SLIDE = 4;

/** The heatmap kind: every fact about it. */
export const heatmap: KindDefinition<"heatmap", HeatmapInput, HeatmapLayout> = {
  kind: "heatmap",
  select,
  layout: layoutHeatmap,
  Component: HeatmapChart,
  legend: { Html: HeatmapLegend, svg: heatmapLegendSvg, onSlide: "beside" },
  // The column and row headings are the links to each candidate's and each theme's page.
  reference: ({ locale }) => ({ text: getDictionary(locale).charts.reference.headings }),
  embedHeight: 720,
  exportClasses: ["heatmap", "legend-svg"],
  slide: {
    reveal: "theme-by-theme",
    // 42 labelled cells cannot keep 2.2 % of a TV's height on one slide: four themes per slide can.
    split: {
      axis: "themes",
      items: (d) => d.themes.length,
      perSlide: HEATMAP_THEMES_PER_SLIDE,
      part: (input, { from, to }) => {
        const rows = input.rows.slice(from, to);
        const shown = new Set(rows.map((r) => r.theme));
        return { ...input, rows, cells: input.cells.filter((c) => shown.has(c.theme)) };
      },
    },
  },
  touches(_spec, datum) {
    // Themes, cells and proposals show in their theme's row, on the builds that reveal it.
    const shown = datum.collection === "cells" || datum.collection === "proposals" || datum.collection === "themes";
    return shown && datum.theme !== undefined ? { theme: datum.theme } : false;
  },
  texts({ dataset: d, locale }, spec, input) {
    const t = getDictionary(locale).charts.heatmap;
    const silentThemes = new Set(input.cells.filter((c) => c.level === 0).map((c) => c.theme));
    const universal = input.rows.filter((r) => !silentThemes.has(r.theme)).map((r) => r.label);
    const silent = input.cells.filter((c) => c.level === 0).length;
    const total = input.cells.length;
    return {
      title: pick(spec.title, locale),
      takeaway: takeawayOf(spec, locale, { universal: getDictionary(locale).list(universal), silent, total }, () => t.takeaway(universal, silent, total)),
      description: descriptionOf(spec, locale, t.description(d.themes.length, input.columns.length, contestedThemes(d, locale))),
      notes: spec.notes.map((n) => pick(n, locale)),
    };
  },
  csv({ dataset: d, view, locale }, spec, input) {
    // One row per quote of each proposal, with whose position it is and who speaks in it; one row per silent cell.
    const t = getDictionary(locale);
    const candidates = new Map(visibleCandidates(d.candidates, view).map((c) => [c.id, c]));
    const themes = new Map(d.themes.map((x) => [x.id, x]));
    const proposals = proposalIndex(d);
    const stored = cellIndex(d);
    return {
      caption: pick(spec.title, locale),
      columns: [t.charts.candidate, t.voice.columns.theme, columnName(t.levels.label), columnName(t.stances.label), t.voice.columns.summary, ...attributionColumns(locale)],
      rows: input.cells.flatMap((cell) => {
        const candidate = candidates.get(cell.candidate)!;
        const theme = themes.get(cell.theme)!;
        const header = { text: candidate.name };
        const stance = stored.get(pairKey(cell.candidate, cell.theme))?.stance;
        const base = [{ text: pick(theme.label, locale) }, { text: levelText(t, cell.level) }, { text: stance ? t.stances[stance] : "" }];
        const own = proposals.get(pairKey(cell.candidate, cell.theme)) ?? [];
        if (own.length === 0) {
          // Silent: the article's statement about all candidates where it makes one, never a named position.
          const about = theme.aboutAll;
          return perQuoteRows(d, locale, { header, cells: [...base, { text: "" }], owner: about ? t.voice.aboutAllOwner : "", quotes: about?.quotes ?? [] });
        }
        return own.flatMap((p) =>
          perQuoteRows(d, locale, { header, cells: [...base, { text: pick(p.summary, locale) }], owner: formatOwner(d, p.attribution, p.candidate, locale), quotes: p.quotes }),
        );
      }),
    };
  },
  tables(ctx, spec, input) {
    const { dataset: d, view, locale } = ctx;
    const t = getDictionary(locale);
    const candidates = visibleCandidates(d.candidates, view);
    const byPair = new Map(input.cells.map((c) => [pairKey(c.candidate, c.theme), c]));
    return [
      {
        caption: pick(spec.title, locale),
        columns: [t.nav.themes, ...candidates.map((c) => c.name)],
        // Each row leads to its theme's page, where every candidate's position on it is with its
        // quotes (a cell's own quotes are a click on the chart's cell): one link per row, not per
        // cell, keeps the dashboard's page within its budget of elements.
        rows: d.themes.map((theme) => ({
          header: { text: pick(theme.label, locale), href: datumLink(ctx, { kind: "theme", id: theme.id }) },
          cells: candidates.map((c) => {
            const cell = byPair.get(pairKey(c.id, theme.id));
            const stance = cell?.stance ? `${t.punctuation.semicolon}${t.stances.label} ${t.stances[cell.stance]}` : "";
            return { text: `${levelText(t, cell?.level ?? 0)}${stance}` };
          }),
        })),
      },
    ];
  },
};
