// Keyboard and soft navigation for the heatmap: one tab stop for the grid (roving tabindex),
// arrow keys, Home/End between cells; Enter or a click opens the cell's panel without a reload,
// focus moves into the panel, and closing it returns focus to the cell.
import { CELL_PANEL_ID } from "../page-ids";
import { type GridPosition, nextCell } from "./next-cell";
import { isPlainClick, SWAPPED, softNavigate } from "./soft-nav";

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

/** Roving tabindex: the open cell (or the first) is the grid's only tab stop. */
function rove(): void {
  const all = cells();
  const active = all.find((el) => el.getAttribute("aria-current") === "true") ?? all[0];
  for (const el of all) el.setAttribute("tabindex", el === active ? "0" : "-1");
}

/** Arrow keys between cells, and soft navigation for the cells and the links marked `data-soft-nav` (the panel's Close, the filters' Reset). */
export function installHeatmapKeys(): void {
  rove();
  document.addEventListener(SWAPPED, rove);
  document.addEventListener("keydown", (e) => {
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
  });
  document.addEventListener("click", (e) => {
    const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>(`${CELL}, a[data-soft-nav]`) : null;
    const href = link?.getAttribute("href");
    if (!link || !href || !isPlainClick(e)) return;
    e.preventDefault();
    if (link.matches(CELL)) return void softNavigate(href, { focus: () => document.getElementById(CELL_PANEL_ID) });
    const panel = link.closest<HTMLElement>(`#${CELL_PANEL_ID}`);
    // The filters' Reset keeps its own focus (soft navigation finds the link again in the new view).
    if (!panel) return void softNavigate(href);
    // Closing the panel: focus goes back to the cell it was about.
    const { candidate, theme } = panel.dataset;
    void softNavigate(href, { focus: () => cells().find((el) => el.dataset.candidate === candidate && el.dataset.theme === theme) });
  });
}
