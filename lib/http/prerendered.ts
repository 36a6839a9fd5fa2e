// What proxy.ts needs to decide how a dashboard request is served: the view it asks for (in
// canonical form), whether the page prerendered at build still shows it, and the build's record
// (written by `npm run build`, lib/cli/prerendered-csp.mjs): the prerendered pages' script hashes
// and the draft-mode id with which the server renders other views on the same route.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { LiveDataset, LoadedDataset } from "@/lib/dataset/load";
import { parseView, pinnableVersions, viewQuery } from "@/lib/view";

/** What the build recorded of one prerendered page. */
export interface PrerenderedPage {
  /** The ETag of the dataset the page shows. */
  datasetVersion: string;
  /** The CSP hashes (sha256-…) of every inline script in its HTML. */
  scriptHashes: string[];
}

/** The view a query asks for, against the dashboard's election's dataset, as its canonical query ("" for the default view; unknown or hostile values, the latest version included, normalise away). */
export function canonicalViewQuery(params: URLSearchParams, live: Pick<LiveDataset, "dataset" | "versions">): string {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of params) (raw[key] ??= []).push(value);
  return viewQuery(parseView(raw, live.dataset, pinnableVersions(live)));
}

/** The prerendered page, when it shows what a fresh render would (the default view, from the live dataset's version); else undefined. */
export function currentPrerenderedPage(canonicalQuery: string, page: PrerenderedPage | undefined, live: LoadedDataset): PrerenderedPage | undefined {
  return page && page.datasetVersion === live.etag && canonicalQuery === "" ? page : undefined;
}

let warnedSiteUrl = false;

/**
 * The build's record of a prerendered page, unless the server runs with another SITE_URL than the
 * build did: the page's canonical and social-card links would then name the wrong site.
 */
export function prerenderedPageOf(record: BuildRecord, pathname: string, siteUrl = process.env.SITE_URL ?? ""): PrerenderedPage | undefined {
  if (record.siteUrl === siteUrl) return record.pages[pathname];
  if (!warnedSiteUrl) {
    warnedSiteUrl = true;
    console.warn(
      `SITE_URL is "${siteUrl}" but the build used "${record.siteUrl}": the dashboard's default view is rendered on its first request instead of served prerendered. Build with the same SITE_URL.`,
    );
  }
  return undefined;
}

/** Next.js's draft-mode cookie: with the build's id, it makes Next.js render a prerendered route per request. */
const DRAFT_MODE_COOKIE = "__prerender_bypass";

/** The cookie that makes Next.js render a prerendered route per request (draft mode), for this build. */
export function renderPerRequestCookie(record: BuildRecord): string {
  return `${DRAFT_MODE_COOKIE}=${record.draftModeId}`;
}

/** Whether a request already carries this build's draft-mode cookie: only this server knows it, so it is the server's own render of a view. */
export function isOwnRender(cookies: { get(name: string): { value: string } | undefined }, record: BuildRecord): boolean {
  return cookies.get(DRAFT_MODE_COOKIE)?.value === record.draftModeId;
}

/** What `npm run build` recorded: the prerendered dashboard pages, and the scripts of the 404 and error documents. */
export interface BuildRecord {
  buildId: string;
  /** The build's secret draft-mode id (Next.js's prerender manifest): proxy.ts sets it on requests only, never on responses. */
  draftModeId: string;
  /** SITE_URL at build time ("" when unset): the prerendered pages' absolute links use it. */
  siteUrl: string;
  pages: Record<string, PrerenderedPage>;
  /** Hashes of the inline scripts of the documents Next.js serves prerendered at any page's URL (404, error). */
  standInHashes: string[];
}

let cached: BuildRecord | null | undefined;

/**
 * The build's record, read once. None when it is missing or belongs to another build (a bare
 * `next build`): its hashes would block the new pages' scripts, so every view is then rendered per request.
 */
export function buildRecord(distDir = path.join(process.cwd(), ".next")): BuildRecord | undefined {
  if (cached === undefined) {
    try {
      const record = JSON.parse(readFileSync(path.join(distDir, "prerendered-pages.json"), "utf8")) as BuildRecord;
      const buildId = readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
      cached = record.buildId === buildId ? record : null;
      if (!cached) console.warn("prerendered-pages.json is from another build: every dashboard view is rendered per request.");
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}
