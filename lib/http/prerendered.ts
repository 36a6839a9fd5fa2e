// The dashboard view a query asks for, in canonical form (the byte cache's key), and the build's
// record (written by `npm run build`, lib/cli/prerendered-csp.mjs): the secret draft-mode id with
// which this server asks itself for a page rendered without a nonce (the byte cache's fills) and
// with which proxy.ts has any other request for a page rendered on the same route, and the
// scripts of the prerendered documents Next.js may serve in any page's place (404, error).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { LiveDataset } from "@/lib/dataset/load";
import { parseView, pinnableVersions, viewQuery } from "@/lib/view";

/** The view a query asks for, against the dashboard's election's dataset, as its canonical query ("" for the default view; unknown or hostile values, the latest version included, normalise away). */
export function canonicalViewQuery(params: URLSearchParams, live: Pick<LiveDataset, "dataset" | "versions">): string {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of params) (raw[key] ??= []).push(value);
  return viewQuery(parseView(raw, live.dataset, pinnableVersions(live)));
}

/** Next.js's draft-mode cookie: with the build's id, it makes Next.js render a prerendered route per request. */
export const DRAFT_MODE_COOKIE = "__prerender_bypass";

/** The cookie that makes Next.js render a prerendered route per request (draft mode), for this build. */
export function renderPerRequestCookie(record: BuildRecord): string {
  return `${DRAFT_MODE_COOKIE}=${record.draftModeId}`;
}

/** Whether a request already carries this build's draft-mode cookie: only this server knows it, so it is the server's own render of a page. */
export function isOwnRender(cookies: { get(name: string): { value: string } | undefined }, record: BuildRecord): boolean {
  return cookies.get(DRAFT_MODE_COOKIE)?.value === record.draftModeId;
}

/** What `npm run build` recorded: the draft-mode id, and the scripts of the 404 and error documents. */
export interface BuildRecord {
  buildId: string;
  /** The build's secret draft-mode id (Next.js's prerender manifest): set on requests only (proxy.ts, the byte cache's fills), never on responses. */
  draftModeId: string;
  /** Hashes of the inline scripts of the documents Next.js serves prerendered at any page's URL (404, error). */
  standInHashes: string[];
}

let cached: BuildRecord | null | undefined;

/**
 * The build's record, read once. None when it is missing or belongs to another build (a bare
 * `next build`): its hashes would block the new pages' scripts and its draft-mode id would not
 * work, so every page is then rendered per request with a nonce, and none is kept by the byte cache.
 */
export function buildRecord(distDir = path.join(process.cwd(), ".next")): BuildRecord | undefined {
  if (cached === undefined) {
    try {
      const record = JSON.parse(readFileSync(path.join(distDir, "prerendered-pages.json"), "utf8")) as BuildRecord;
      const buildId = readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
      cached = record.buildId === buildId ? record : null;
      if (!cached) console.warn("prerendered-pages.json is from another build: every page is rendered per request.");
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}
