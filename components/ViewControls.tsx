// The chart filters as a plain GET form: it works without JavaScript (Apply reloads the page
// with the view in the URL, the open cell and the pinned version kept by hidden fields); the site
// script (lib/site-script/view-form.ts) applies each change at once when it runs, from the same fields.
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, type Locale } from "@/lib/i18n";
import { VIEW_FORM_ID } from "@/lib/page-ids";
import { dashboardHref } from "@/lib/routes";
import { type View, viewQuery } from "@/lib/view";

export interface ViewControlsProps {
  dataset: Dataset;
  view: View;
  locale: Locale;
}

/** Show/hide checkboxes per candidate and a highlight menu. */
export function ViewControls({ dataset, view, locale }: ViewControlsProps) {
  const t = getDictionary(locale).view;
  return (
    <form id={VIEW_FORM_ID} method="get" action={dashboardHref(locale, dataset.election.id, "", "charts")} className="view-controls" aria-labelledby={`${VIEW_FORM_ID}-title`}>
      <h3 id={`${VIEW_FORM_ID}-title`} className="view-controls-title">
        {t.heading}
      </h3>
      <input type="hidden" name="filter" value="1" />
      {view.cell && <input type="hidden" name="cell" value={`${view.cell.candidate}.${view.cell.theme}`} />}
      {view.version && <input type="hidden" name="v" value={view.version} />}
      <fieldset>
        <legend>{t.show}</legend>
        {dataset.candidates.map((c) => (
          <label key={c.id} className="view-check">
            <input type="checkbox" name="show" value={c.id} defaultChecked={!view.hidden.includes(c.id)} />
            {c.name}
          </label>
        ))}
      </fieldset>
      <label className="view-highlight">
        {t.highlight}
        <select name="highlight" defaultValue={view.highlight ?? ""}>
          <option value="">{t.none}</option>
          {dataset.candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <div className="view-actions">
        <button type="submit" data-apply="">
          {t.apply}
        </button>
        <a href={dashboardHref(locale, dataset.election.id, viewQuery({ hidden: [], version: view.version }), "charts")} data-soft-nav="">
          {t.reset}
        </a>
      </div>
    </form>
  );
}
