// Where a page's LCP goes, read from one Lighthouse result. Lighthouse simulates the load from an
// unthrottled one: its LCP counts every request and script that had finished before the largest
// paint was observed, so a paint that comes after the scripts makes their download part of LCP,
// even when it is the first paint. (Lighthouse 12.2 cannot name the LCP element with Chromium 156:
// its TraceElements gatherer fails, and the LCP-element and render-blocking audits with it.)

/** A kilobyte as `npm run budget` counts it. */
const KB = 1024;

/** A one-line account of an LCP from a Lighthouse result (lhr): the metric, redirects, document, CSS, fonts, scripts before the paint, main thread. */
export function lcpBreakdown(lhr) {
  const audits = lhr.audits;
  const requests = audits["network-requests"]?.details?.items ?? [];
  const observed = audits.metrics?.details?.items?.[0] ?? {};
  const document = requests.find((r) => r.resourceType === "Document");
  const css = requests.filter((r) => r.resourceType === "Stylesheet");
  const fonts = requests.filter((r) => r.resourceType === "Font");
  const scriptsBefore = requests.filter((r) => r.resourceType === "Script" && r.networkEndTime <= observed.observedLargestContentfulPaint);
  const work = Object.fromEntries((audits["mainthread-work-breakdown"]?.details?.items ?? []).map((g) => [g.group, g.duration]));
  const ms = (n) => `${Math.round(n ?? 0)} ms`;
  const kb = (rs) => `${(rs.reduce((n, r) => n + (r?.transferSize ?? 0), 0) / KB).toFixed(1)} KB`;
  return [
    `LCP ${ms(audits["largest-contentful-paint"]?.numericValue)}, FCP ${ms(audits["first-contentful-paint"]?.numericValue)}`,
    `redirects ${ms(audits.redirects?.numericValue)}`,
    `document ${kb([document])}, ${audits["dom-size"]?.numericValue ?? "?"} elements`,
    `CSS files ${css.length} (${kb(css)})`,
    `fonts ${fonts.length}`,
    `largest paint seen at ${ms(observed.observedLargestContentfulPaint)} unthrottled, after ${scriptsBefore.length} scripts (${kb(scriptsBefore)}) had loaded`,
    `main thread ${ms(audits["mainthread-work-breakdown"]?.numericValue)} unthrottled (style & layout ${ms(work.styleLayout)}, parse ${ms(work.parseHTML)}, scripts ${ms(work.scriptEvaluation)})`,
  ].join("; ");
}
