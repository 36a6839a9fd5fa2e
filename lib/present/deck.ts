// The presenter's slide sequence, generated from the dataset and the chart registry, and the key
// map presenters (and their clickers) already know. Pure: the Presenter island and tests share it.
import { slideParts, slideReveal } from "../charts/registry";
import type { ChartSlug, SlidePart, SplitData } from "../charts/types";
import type { CandidateRecord, ChartSpecRecord } from "../dataset/schema";

export type Slide =
  | { kind: "title" }
  /**
   * `reveal`: how many heatmap rows (themes, counted from the first) this build shows, the rest of
   * its part kept in place but hidden; `part`: the items this slide shows when the instance is split.
   */
  | { kind: "chart"; slug: ChartSlug; reveal?: number; part?: SlidePart }
  | { kind: "candidate"; candidate: string }
  | { kind: "sources" };

/**
 * Title, the charts whose kind builds theme by theme (the heatmap) revealed one theme per slide,
 * the other charts in the presentation's order, one spotlight per candidate, sources. A chart
 * too large for one TV-readable slide is split in parts (a build shows the part of its theme).
 */
export function buildDeck(d: Omit<SplitData, "candidates"> & { candidates: readonly Pick<CandidateRecord, "id">[]; presentation: { charts: readonly ChartSpecRecord[] } }): Slide[] {
  const partsOf = (c: ChartSpecRecord) => {
    const parts = slideParts(c, d);
    return parts.length > 1 ? parts : [undefined];
  };
  const byTheme = d.presentation.charts.filter((c) => slideReveal(c) === "theme-by-theme");
  const builds = byTheme.flatMap((c) =>
    partsOf(c).flatMap((part) =>
      d.themes
        .map((_, i) => i)
        .filter((i) => !part || (i >= part.from && i < part.to))
        .map((i): Slide => ({ kind: "chart", slug: c.slug, reveal: i + 1, ...(part && { part }) })),
    ),
  );
  const otherCharts = d.presentation.charts.filter((c) => slideReveal(c) === "whole").flatMap((c) => partsOf(c).map((part): Slide => ({ kind: "chart", slug: c.slug, ...(part && { part }) })));
  const spotlights = d.candidates.map((c): Slide => ({ kind: "candidate", candidate: c.id }));
  return [{ kind: "title" }, ...builds, ...otherCharts, ...spotlights, { kind: "sources" }];
}

/** The 1-based slide number of a query value, clamped to the deck; 1 for anything unreadable. */
export function parseSlideNumber(raw: string | string[] | null | undefined, total: number): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const n = Number.parseInt(value ?? "", 10);
  if (!Number.isFinite(n)) return 1;
  return Math.min(Math.max(n, 1), total);
}

/** The refresh interval in seconds from `?refresh=`: 30 by default, never below 1 nor above an hour. */
export function parseRefreshSeconds(raw: string | string[] | null | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.min(Math.max(n, 1), 3600) : 30;
}

export type KeyAction = "next" | "previous" | "first" | "last" | "fullscreen" | "black" | "white" | "help" | "digit" | "jump" | "close" | "overview" | "timer" | "timerReset";

/** What a key does; undefined for keys the presenter leaves to the browser. */
export function keyAction(key: string): KeyAction | undefined {
  if (["ArrowRight", "ArrowDown", "PageDown", " ", "n", "N"].includes(key)) return "next";
  if (["ArrowLeft", "ArrowUp", "PageUp", "p", "P"].includes(key)) return "previous";
  if (key === "Home") return "first";
  if (key === "End") return "last";
  if (key === "f" || key === "F") return "fullscreen";
  if (key === "b" || key === "B" || key === ".") return "black";
  if (key === "w" || key === "W" || key === ",") return "white";
  if (key === "?") return "help";
  if (key === "o" || key === "O") return "overview";
  // The notes window's timer (the audience screen has none, so there they do nothing).
  if (key === "t" || key === "T") return "timer";
  if (key === "r" || key === "R") return "timerReset";
  if (/^[0-9]$/.test(key)) return "digit";
  if (key === "Enter") return "jump";
  if (key === "Escape") return "close";
  return undefined;
}
