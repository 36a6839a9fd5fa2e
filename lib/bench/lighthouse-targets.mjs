// What `npm run lighthouse` measures and the targets each kind of page is held to (issue 12):
// the dashboard-like pages 100 in every category with LCP ≤ 1.2 s, TBT ≤ 50 ms and no layout
// shift; embeds 100 in every category; the presenter as before (performance at least 95). A floor
// page with nothing in it says what this machine allows any page.

/** The targets per kind of page: minimum scores, and maximum LCP, TBT (ms) and CLS where held to one. */
export const TARGETS = {
  dashboard: { scores: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 }, lcp: 1200, tbt: 50, cls: 0 },
  embed: { scores: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 } },
  presenter: { scores: { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 }, cls: 0 },
  // The machine's floor, held to nothing: what no page of ours can beat on this machine.
  floor: { scores: {} },
};

/**
 * The floor page: a static file with a heading and a paragraph, no script, no style sheet, no
 * image, served by the same `next start`. Its TBT and LCP are the machine's and Chromium's alone.
 */
export const FLOOR_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<meta name="description" content="The floor: an empty page, to measure the machine."><title>Floor</title></head>' +
  "<body><h1>Floor</h1><p>A static page with no script, no style sheet and no image.</p></body></html>";

/**
 * The URLs, in table order: `{ path, kind }`; the floor page's last when its path is given.
 * @param {string[]} embedSlugs
 * @param {string} [election]
 * @param {string} [floorPath]
 */
export function lighthouseUrls(embedSlugs, election = "paris-2020", floorPath) {
  return [
    { path: "/fr", kind: "dashboard" },
    { path: "/en", kind: "dashboard" },
    { path: `/fr/${election}?highlight=dati&cell=dati.surveillance`, kind: "dashboard" },
    { path: `/fr/${election}/candidates/dati`, kind: "dashboard" },
    { path: `/fr/${election}/present?slide=2`, kind: "presenter" },
    ...embedSlugs.map((slug) => ({ path: `/embed/${election}/${slug}`, kind: "embed" })),
    ...(floorPath ? [{ path: floorPath, kind: "floor" }] : []),
  ];
}

/** What a measured row `{ kind, scores, lcp, tbt, cls }` misses of its kind's targets, as short labels ("performance 97", "LCP 2010 ms"). */
export function misses(row) {
  const target = TARGETS[row.kind];
  const missed = Object.entries(target.scores)
    .filter(([category, min]) => row.scores[category] < min)
    .map(([category]) => `${category} ${row.scores[category]}`);
  if (target.lcp !== undefined && row.lcp > target.lcp) missed.push(`LCP ${row.lcp} ms`);
  if (target.tbt !== undefined && row.tbt > target.tbt) missed.push(`TBT ${row.tbt} ms`);
  if (target.cls !== undefined && row.cls > target.cls) missed.push(`CLS ${row.cls}`);
  return missed;
}
