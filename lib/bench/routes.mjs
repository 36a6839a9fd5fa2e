// What `npm run bench:load` asks for, and how: each route with the headers a browser sends for
// that kind of resource, and the status it must answer. The URLs that depend on the data (the
// social card a page announces, the dataset's ETag and first version) are read from the server.
import { rawGet } from "./raw-get.mjs";

/** The Accept header a browser sends, per kind of resource (Chromium's, for documents). */
export const ACCEPT = {
  document: "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8",
  json: "application/json",
  image: "image/avif,image/webp,image/svg+xml,image/*,*/*;q=0.8",
  csv: "text/csv,*/*",
};

/** What every browser accepts: Brotli included. */
export const ACCEPT_ENCODING = "gzip, deflate, br";

/** A browser's request headers for one kind of resource, plus any extra ones. */
export function browserHeaders(kind, extra = {}) {
  return { "accept-encoding": ACCEPT_ENCODING, accept: ACCEPT[kind], ...extra };
}

/** The election measured. */
export const ELECTION = "paris-2020";
/** The chart of the embed and the downloads; the candidate and theme of the shared view and the reference pages. */
const CHART = "cameras";
const CANDIDATE = "dati";
const THEME = "surveillance";

/**
 * The routes, in table order, the dashboard first: `{ name, path, headers, status }`, where `status` is the answer
 * expected (304 for a conditional request), and `conditionalOf` names the route whose twin answers the conditional one.
 */
export async function benchRoutes(base) {
  const page = await (await fetch(`${base}/fr/${ELECTION}`, { headers: { accept: ACCEPT.document } })).text();
  const datasetPath = `/api/elections/${ELECTION}/dataset`;
  const { version, corrections } = await (await fetch(`${base}${datasetPath}`)).json();
  const firstVersion = corrections[0]?.from ?? version;
  // The ETag of the very answer a browser gets (a server may tag each encoding apart).
  const { etag } = (await rawGet(`${base}${datasetPath}`, browserHeaders("json"))).headers;
  const doc = browserHeaders("document");
  return [
    { name: `/fr/${ELECTION}`, path: `/fr/${ELECTION}`, headers: doc },
    { name: `/en/${ELECTION}`, path: `/en/${ELECTION}`, headers: doc },
    { name: "shared view", path: `/fr/${ELECTION}?highlight=${CANDIDATE}&cell=${CANDIDATE}.${THEME}`, headers: doc },
    { name: "candidate page", path: `/fr/${ELECTION}/candidates/${CANDIDATE}`, headers: doc },
    { name: "theme page", path: `/fr/${ELECTION}/themes/${THEME}`, headers: doc },
    { name: "embed", path: `/embed/${ELECTION}/${CHART}`, headers: doc },
    { name: "embed, pinned version", path: `/embed/${ELECTION}/${CHART}?v=${firstVersion}`, headers: doc },
    { name: "chart SVG", path: `/charts/${ELECTION}/${CHART}.svg`, headers: browserHeaders("image") },
    { name: "chart CSV", path: `/charts/${ELECTION}/${CHART}.csv`, headers: browserHeaders("csv") },
    { name: "chart PNG", path: `/charts/${ELECTION}/${CHART}.png`, headers: browserHeaders("image") },
    { name: "social card", path: socialCardPath(page), headers: browserHeaders("image") },
    { name: "dataset", path: datasetPath, headers: browserHeaders("json") },
    {
      name: "dataset, If-None-Match",
      path: datasetPath,
      headers: browserHeaders("json", { "if-none-match": etag }),
      status: 304,
      conditionalOf: "dataset",
    },
    { name: "dataset, pinned version", path: `${datasetPath}?v=${firstVersion}`, headers: browserHeaders("json") },
  ].map((route) => ({ status: 200, ...route }));
}

/** The path of the social card a page announces (its og:image), wherever the page says it is served. */
export function socialCardPath(html) {
  const content = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
  if (!content) throw new Error("the page announces no social card (og:image)");
  const url = new URL(content.replaceAll("&amp;", "&"));
  return `${url.pathname}${url.search}`;
}
