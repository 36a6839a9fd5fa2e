"use client";
// Keyboard and soft navigation for the heatmap: one tab stop for the grid (roving tabindex),
// arrow keys, Home/End between cells; Enter or a click opens the cell's panel without a reload,
// focus moves into the panel, and closing it returns focus to the cell.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { type GridPosition, nextCell } from "./next-cell";

/** The grid's cells (its headings are links too, to the candidates' and themes' pages, but not cells of the grid). */
const CELL = "[data-heatmap] a.heatmap-cell";

/** The heatmap's cells, in the page's order. */
function cells(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(CELL));
}

/** A cell's place in the grid, from its data attributes. */
function positionOf(el: HTMLElement): GridPosition {
  return { row: Number(el.dataset.row), column: Number(el.dataset.col) };
}

export interface HeatmapKeysProps {
  /** The view the server rendered (its query): when it changes, the new cells are in the page. */
  view: string;
}

/** Mounted once next to the heatmap; renders nothing. */
export function HeatmapKeys({ view }: HeatmapKeysProps) {
  const router = useRouter();
  // What to focus once the server has rendered the new view.
  const pending = useRef<{ open: boolean; candidate?: string; theme?: string } | null>(null);

  // Roving tabindex: the open cell (or the first) is the grid's only tab stop.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again when the server has rendered another view (new cells in the page).
  useEffect(() => {
    const all = cells();
    const active = all.find((el) => el.getAttribute("aria-current") === "true") ?? all[0];
    for (const el of all) el.setAttribute("tabindex", el === active ? "0" : "-1");
    const want = pending.current;
    pending.current = null;
    if (want?.open) document.getElementById("cell-panel")?.focus();
    else if (want?.candidate) all.find((el) => el.dataset.candidate === want.candidate && el.dataset.theme === want.theme)?.focus();
  }, [view]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const from = e.target instanceof Element ? e.target.closest<HTMLElement>(CELL) : null;
      if (!from) return;
      const all = cells();
      const i = nextCell(all.map(positionOf), positionOf(from), e.key);
      const to = i === undefined ? undefined : all[i];
      if (!to) return;
      e.preventDefault();
      from.setAttribute("tabindex", "-1");
      to.setAttribute("tabindex", "0");
      to.focus();
    };
    const onClick = (e: MouseEvent) => {
      const link = e.target instanceof Element ? e.target.closest<HTMLElement>(`${CELL}, a[data-soft-nav]`) : null;
      if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const href = link.getAttribute("href");
      if (!href) return;
      e.preventDefault();
      const panel = document.getElementById("cell-panel");
      pending.current = link.matches(CELL) ? { open: true } : { open: false, candidate: panel?.dataset.candidate, theme: panel?.dataset.theme };
      router.push(href, { scroll: false });
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [router]);

  return null;
}
