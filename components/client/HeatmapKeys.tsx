"use client";
// Keyboard and soft navigation for the heatmap: one tab stop for the grid (roving tabindex),
// arrow keys, Home/End between cells; Enter or a click opens the cell's panel without a reload,
// focus moves into the panel, and closing it returns focus to the cell.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

const CELL = "[data-heatmap] a[data-row]";

function cells(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(CELL));
}

/** Where an arrow key leads from (row, col), or undefined at the edge. */
export function nextCell(all: HTMLElement[], from: HTMLElement, key: string): HTMLElement | undefined {
  const row = Number(from.dataset.row);
  const col = Number(from.dataset.col);
  const at = (r: number, c: number) => all.find((el) => Number(el.dataset.row) === r && Number(el.dataset.col) === c);
  const rowCells = all.filter((el) => Number(el.dataset.row) === row);
  switch (key) {
    case "ArrowRight":
      return at(row, col + 1);
    case "ArrowLeft":
      return at(row, col - 1);
    case "ArrowDown":
      return at(row + 1, col);
    case "ArrowUp":
      return at(row - 1, col);
    case "Home":
      return rowCells[0];
    case "End":
      return rowCells[rowCells.length - 1];
  }
  return undefined;
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
      const to = nextCell(cells(), from, e.key);
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
