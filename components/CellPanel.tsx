// The panel the heatmap opens for one cell: its proposals, verbatim quotes and attribution, and
// the way on to the candidate's and the theme's pages. Server-rendered from the URL
// (?cell=candidate.theme), so it works without JavaScript.

import type { Dataset } from "@/lib/dataset/schema";
import { candidateName } from "@/lib/dataset/select";
import { getDictionary, type Locale, pick } from "@/lib/i18n";
import { CELL_PANEL_ID } from "@/lib/page-ids";
import { candidateHref, datumId, themeHref } from "@/lib/routes";
import { CellBody } from "./CellPositions";

export interface CellPanelProps {
  dataset: Dataset;
  cell: { candidate: string; theme: string };
  locale: Locale;
  /** The URL of the same view with the panel closed. */
  closeHref: string;
}

/** The open cell's panel, focusable so keyboard users land in it after opening a cell. */
export function CellPanel({ dataset, cell, locale, closeHref }: CellPanelProps) {
  const t = getDictionary(locale);
  const theme = dataset.themes.find((x) => x.id === cell.theme);
  const name = candidateName(dataset, cell.candidate);
  const label = theme ? pick(theme.label, locale) : cell.theme;
  const [election, anchor] = [dataset.election.id, datumId.cell(cell.candidate, cell.theme)];
  return (
    <section id={CELL_PANEL_ID} className="cell-panel" aria-labelledby={`${CELL_PANEL_ID}-title`} tabIndex={-1} data-candidate={cell.candidate} data-theme={cell.theme}>
      <div className="cell-panel-head">
        <h4 id={`${CELL_PANEL_ID}-title`}>{t.charts.panelHeading(name, label)}</h4>
        <a href={closeHref} className="cell-panel-close" data-soft-nav="">
          {t.charts.close}
        </a>
      </div>
      <CellBody dataset={dataset} candidate={cell.candidate} theme={cell.theme} locale={locale} anchors={false} />
      <p className="cell-panel-pages">
        <a href={themeHref(locale, election, cell.theme, anchor)}>{t.candidates.compare(label)}</a>
        {" · "}
        <a href={candidateHref(locale, election, cell.candidate, anchor)}>{t.themes.allOf(name)}</a>
      </p>
    </section>
  );
}
