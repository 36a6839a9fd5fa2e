// While the site has one election, its catalogue URL is that election's dashboard: a bare
// `/{lang}` answers with the dashboard itself (no redirect costs a phone a round trip), and
// `/{lang}?…`, a shared link's query, leads to the dashboard by a redirect that keeps the query.
// proxy.ts (which rewrites or redirects) and the byte cache (which keys the bytes) ask here, so
// they cannot disagree.
import { loadCatalogue } from "@/lib/dataset/load";
import { dashboardHref, keptQuery, parsePagePath } from "@/lib/routes";

/** Where a catalogue URL goes while there is one election: rendered as its dashboard, or redirected there. */
export interface OnlyElectionTarget {
  /** "render": the dashboard answers at this URL; "redirect": a 308 to `path`. */
  kind: "render" | "redirect";
  /** The only election's id. */
  election: string;
  /** The dashboard's path, with the kept query when redirecting. */
  path: string;
}

/** Where `/{lang}` or `/{lang}?…` goes while the catalogue has exactly one election; undefined for any other URL, or with none or several. */
export function onlyElectionTarget(pathname: string, search: string): OnlyElectionTarget | undefined {
  const page = parsePagePath(pathname);
  if (page?.page !== "catalogue") return undefined;
  const catalogue = loadCatalogue();
  if (catalogue.length !== 1) return undefined;
  const { election } = catalogue[0]!;
  return search === "" ? { kind: "render", election, path: dashboardHref(page.lang, election) } : { kind: "redirect", election, path: dashboardHref(page.lang, election, keptQuery(search)) };
}
