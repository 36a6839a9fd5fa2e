// Applies the chart filters as soon as they change (no Apply button needed), by soft navigation,
// so the view lands in the URL and the back button undoes it.
import { VIEW_FORM_ID } from "../page-ids";
import { normalizeView, viewQuery } from "../view";
import { softNavigate } from "./soft-nav";

/** Listens for changes to the filter form (whichever view's form is in the page). */
export function installViewForm(): void {
  document.addEventListener("change", (e) => {
    const form = e.target instanceof Element ? e.target.closest("form") : null;
    if (!(form instanceof HTMLFormElement) || form.id !== VIEW_FORM_ID) return;
    const boxes = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="show"]'));
    const hidden = boxes.filter((b) => !b.checked).map((b) => b.value);
    const highlight = form.querySelector<HTMLSelectElement>('select[name="highlight"]')?.value || undefined;
    // The open cell stays open unless its candidate gets hidden (normalizeView); the pinned version stays.
    const [candidate, theme] = form.querySelector<HTMLInputElement>('input[name="cell"]')?.value.split(".") ?? [];
    const cell = candidate && theme ? { candidate, theme } : undefined;
    const version = form.querySelector<HTMLInputElement>('input[name="v"]')?.value || undefined;
    // The form's action is the dashboard's own path, also when the page was served at a bare `/{lang}`.
    void softNavigate(`${new URL(form.action).pathname}${viewQuery(normalizeView({ hidden, highlight, cell, version }, boxes.length))}`);
  });
}
