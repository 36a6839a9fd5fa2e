// The overview grid (`O`): a tile per slide with the words that name it, and how the arrow keys
// move between tiles laid out in rows. Pure: the grid island and tests share it.
import { buildChart } from "../charts/registry";
import type { ChartSlug } from "../charts/types";
import type { Dataset } from "../dataset/schema";
import { candidateById } from "../dataset/select";
import { getDictionary, type Locale, pick } from "../i18n";
import { EMPTY_VIEW } from "../view";
import type { Slide } from "./deck";

/** Tiles per row of the grid: the stage's 16:9 tiles stay readable on a 720p screen at five. */
export const OVERVIEW_COLUMNS = 5;

/** A tile's words: the slide's title and, for a build, which step of it. */
export interface SlideTitle {
  title: string;
  detail?: string;
}

/** The title of every slide of `deck`, in `locale` (each chart's texts worked out once). */
export function slideTitles(d: Dataset, deck: readonly Slide[], locale: Locale): SlideTitle[] {
  const t = getDictionary(locale);
  const charts = new Map<ChartSlug, string>();
  const chartTitle = (slug: ChartSlug) => {
    if (!charts.has(slug)) charts.set(slug, buildChart(slug, { dataset: d, view: EMPTY_VIEW, locale }).texts.title);
    return charts.get(slug)!;
  };
  return deck.map((slide): SlideTitle => {
    switch (slide.kind) {
      case "title":
        return { title: pick(d.presentation.title, locale) };
      case "sources":
        return { title: t.present.sourcesTitle };
      case "candidate":
        return { title: candidateById(d, slide.candidate)?.name ?? slide.candidate };
      case "chart":
        return { title: chartTitle(slide.slug), ...(slide.reveal === undefined ? {} : { detail: t.present.revealed(slide.reveal, d.themes.length) }) };
    }
  });
}

/** The tile a key moves to from tile `index` of `total` in rows of `columns`; undefined for a key that does not move. */
export function overviewMove(index: number, key: string, total: number, columns = OVERVIEW_COLUMNS): number | undefined {
  const clamp = (i: number) => Math.min(Math.max(i, 0), total - 1);
  switch (key) {
    case "ArrowRight":
      return clamp(index + 1);
    case "ArrowLeft":
      return clamp(index - 1);
    // Down into a shorter last row lands on its last tile; down from the last row stays put.
    case "ArrowDown":
      return Math.floor(index / columns) < Math.floor((total - 1) / columns) ? Math.min(index + columns, total - 1) : index;
    case "ArrowUp":
      return index - columns >= 0 ? index - columns : index;
    case "Home":
      return 0;
    case "End":
      return total - 1;
    default:
      return undefined;
  }
}
