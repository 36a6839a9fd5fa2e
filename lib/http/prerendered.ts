// Which dashboard requests proxy.ts may answer with the page prerendered at build, and with which
// content security policy; the others are rendered per request. The list of prerendered pages and
// their inline scripts' hashes is written by `npm run build` (lib/cli/prerendered-csp.mjs).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { LoadedDataset } from "@/lib/dataset/load";
import { isLocale } from "@/lib/i18n/locales";
import { parseView, viewQuery } from "@/lib/view";

/** What the build recorded of one prerendered page. */
export interface PrerenderedPage {
  /** The ETag of the dataset the page shows. */
  datasetVersion: string;
  /** The CSP hashes (sha256-…) of every inline script in its HTML. */
  scriptHashes: string[];
}

/** Whether a pathname is a dashboard page (`/fr`, `/en`). */
export function isDashboardPath(pathname: string): boolean {
  return isLocale(pathname.slice(1));
}

/**
 * The prerendered page, when it shows what a fresh render would: the live dataset's version and
 * the default view (unknown or hostile parameters normalise to it); else undefined: render it.
 */
export function currentPrerenderedPage(params: URLSearchParams, page: PrerenderedPage | undefined, live: LoadedDataset): PrerenderedPage | undefined {
  if (!page || page.datasetVersion !== live.etag) return undefined;
  const raw: Record<string, string[]> = {};
  for (const [key, value] of params) (raw[key] ??= []).push(value);
  return viewQuery(parseView(raw, live.dataset)) === "" ? page : undefined;
}

/** The cookie that makes Next.js render a prerendered route per request (draft mode), for this build. */
export function renderPerRequestCookie(record: BuildRecord): string {
  return `__prerender_bypass=${record.draftModeId}`;
}

/** What `npm run build` recorded: the prerendered dashboard pages, and the scripts of the 404 and error documents. */
export interface BuildRecord {
  buildId: string;
  /** The build's secret draft-mode id (Next.js's prerender manifest): proxy.ts sets it on requests only, never on responses. */
  draftModeId: string;
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
