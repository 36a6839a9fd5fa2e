"use client";
// Applies the chart filters as soon as they change (no Apply button needed), through the router
// so the view lands in the URL and the back button undoes it.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { normalizeView, viewQuery } from "@/lib/view";

export interface ViewControlsIslandProps {
  /** The id of the server-rendered filter form. */
  formId: string;
  /** The open heatmap cell, kept unless its candidate gets hidden. */
  cell?: { candidate: string; theme: string };
  /** The pinned data version, kept whatever the filters. */
  version?: string;
}

/** Enhances the filter form; renders nothing. */
export function ViewControlsIsland({ formId, cell, version }: ViewControlsIslandProps) {
  const router = useRouter();
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const apply = form.querySelector<HTMLElement>("[data-apply]");
    if (apply) apply.hidden = true;
    const onChange = () => {
      const boxes = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="show"]'));
      const hidden = boxes.filter((b) => !b.checked).map((b) => b.value);
      const highlight = form.querySelector<HTMLSelectElement>('select[name="highlight"]')?.value || undefined;
      const query = viewQuery(normalizeView({ hidden, highlight, cell, version }, boxes.length));
      // The form's action is the dashboard's own path, also when the page was served at a bare `/{lang}`.
      router.push(`${new URL(form.action).pathname}${query}`, { scroll: false });
    };
    form.addEventListener("change", onChange);
    return () => {
      form.removeEventListener("change", onChange);
      if (apply) apply.hidden = false;
    };
  }, [formId, cell, version, router]);
  return null;
}
