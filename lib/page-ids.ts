// Element ids the server renders and the site script (lib/site-script/) looks for: one name each,
// in a module with no imports, so the browser's bundle takes nothing else along.

/** Each page's main content: the skip link's target, and what soft navigation replaces on the dashboard. */
export const MAIN_ID = "main";

/** The heatmap's open cell panel (its quotes); cells link to it by fragment. */
export const CELL_PANEL_ID = "cell-panel";

/** The dashboard's filter form. */
export const VIEW_FORM_ID = "view-controls";
