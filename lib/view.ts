// The reader's view of the dashboard, kept in the URL so a link reproduces it and the back button
// undoes it: `?highlight=dati&hide=villani,belliard&cell=hidalgo.platforms&v=5b1a38560827`.
// Untrusted input: anything that is not a known id is dropped, never echoed.
import type { Dataset } from "./dataset/schema";

/** What the reader chose: one highlighted candidate, hidden candidates, one open heatmap cell. */
export interface View {
  highlight?: string;
  hidden: string[];
  cell?: { candidate: string; theme: string };
  /** An earlier data version the view is pinned to (`v`, from a pinned embed's link); absent: the latest. */
  version?: string;
}

export const EMPTY_VIEW: View = { hidden: [] };

type RawParams = Record<string, string | string[] | undefined>;

/** Every query parameter parseView reads: a URL carrying one of them asks for a dashboard view. */
export const VIEW_PARAMS = ["highlight", "hide", "cell", "v", "filter", "show"] as const;

function values(raw: string | string[] | undefined): string[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * Reads a view from query parameters; unknown ids are ignored, repeated or comma-separated `hide`
 * both work. `pinnable`: the earlier versions `v` may name (the latest is the default view's own).
 */
export function parseView(params: RawParams, d: Pick<Dataset, "candidates" | "themes">, pinnable: readonly string[] = []): View {
  const candidates = new Set(d.candidates.map((c) => c.id));
  const themes = new Set(d.themes.map((t) => t.id));
  // Keep the dataset's order so equal views have equal URLs; never hide everyone.
  // The no-JS form sends the shown candidates (`filter=1&show=…`); links carry the hidden ones.
  const shown = params.filter !== undefined ? new Set(values(params.show)) : undefined;
  const hiddenSet = shown ? new Set([...candidates].filter((id) => !shown.has(id))) : new Set(values(params.hide).filter((id) => candidates.has(id)));
  const highlight = values(params.highlight)[0];
  const [candidate, theme] = (values(params.cell)[0] ?? "").split(".");
  const version = values(params.v)[0];
  return normalizeView(
    {
      hidden: d.candidates.map((c) => c.id).filter((id) => hiddenSet.has(id)),
      highlight: highlight && candidates.has(highlight) ? highlight : undefined,
      cell: candidate && theme && candidates.has(candidate) && themes.has(theme) ? { candidate, theme } : undefined,
      version: version && pinnable.includes(version) ? version : undefined,
    },
    candidates.size,
  );
}

/** The view's own rules, wherever a view is made: never hide everyone; never highlight or open a hidden candidate. */
export function normalizeView(view: View, candidateCount: number): View {
  const hidden = view.hidden.length >= candidateCount ? [] : view.hidden;
  const normal: View = { hidden };
  if (view.highlight && !hidden.includes(view.highlight)) normal.highlight = view.highlight;
  if (view.cell && !hidden.includes(view.cell.candidate)) normal.cell = view.cell;
  if (view.version) normal.version = view.version;
  return normal;
}

/** The versions a view may pin: every earlier one of the live data's history (the latest is the unpinned view). */
export function pinnableVersions(live: { dataset: { version: string }; versions: readonly { version: string }[] }): string[] {
  return live.versions.map((v) => v.version).filter((v) => v !== live.dataset.version);
}

/** The query string of a view (`?…`, or "" for the default view), in a canonical order. */
export function viewQuery(view: View): string {
  const params = new URLSearchParams();
  if (view.highlight) params.set("highlight", view.highlight);
  if (view.hidden.length) params.set("hide", view.hidden.join(","));
  if (view.cell) params.set("cell", `${view.cell.candidate}.${view.cell.theme}`);
  if (view.version) params.set("v", view.version);
  const query = params.toString().replaceAll("%2C", ",");
  return query ? `?${query}` : "";
}

/** The visible candidates of a dataset, in order. */
export function visibleCandidates<C extends { id: string }>(candidates: readonly C[], view: View): C[] {
  return candidates.filter((c) => !view.hidden.includes(c.id));
}
