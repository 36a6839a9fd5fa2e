// Content security policies per kind of route, and the other per-request security headers.
// Pages: scripts only from our origin; inline scripts only with the fresh nonce of a page rendered
// per request, or by hash in a document every reader shares (the byte cache hashes each page it
// keeps, lib/http/byte-front.ts). No 'strict-dynamic': it would let trusted scripts load others
// from anywhere, and would refuse the chunks of the prerendered 404 page, whose tags carry no
// nonce. Embeds allow exactly their one inline script by hash; files and JSON allow nothing to run.
import { SITE_SCRIPT_LOADER } from "@/lib/site-script/loader";
import { THEME_SCRIPT } from "@/lib/theme-script";
import { scriptHash } from "./inline-scripts.mjs";

const COMMON = ["object-src 'none'", "base-uri 'self'", "form-action 'self'"];

/** The layout's theme script carries no nonce (reading one would make every page dynamic): allowed by hash. */
const THEME_SCRIPT_SOURCE = `'${scriptHash(THEME_SCRIPT)}'`;
/** The reader pages' loader of the site script, the same constant on every page: allowed by hash too. */
const SITE_LOADER_SOURCE = `'${scriptHash(SITE_SCRIPT_LOADER)}'`;

/**
 * The policy of a page rendered per request with a nonce. `standInHashes`: the scripts of the
 * prerendered 404 and error documents, which Next.js may serve in the page's place without a nonce.
 */
export function pageCsp(nonce: string, standInHashes: readonly string[] = [], dev = false): string {
  const sources = ["'self'", `'nonce-${nonce}'`, THEME_SCRIPT_SOURCE, SITE_LOADER_SOURCE, ...standInHashes.map((h) => `'${h}'`)];
  return pagePolicy(sources.join(" ") + (dev ? " 'unsafe-eval'" : ""));
}

/** The policy of a document every reader shares (a page the byte cache keeps): its inline scripts by hash, Next.js's chunks from our origin. */
export function hashedPageCsp(inlineScriptHashes: readonly string[]): string {
  return pagePolicy(["'self'", ...inlineScriptHashes.map((h) => `'${h}'`)].join(" "));
}

/** The directives pages share. Styles stay inline-capable: React sets style attributes. */
function pagePolicy(scriptSources: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    ...COMMON,
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The policy of an embed: its own inline script by hash, inline styles, framable by any site. */
export function embedCsp(scriptHash: string): string {
  // connect-src 'self': crawlers and audits fetch /robots.txt from within the page.
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors *",
  ].join("; ");
}

/** The policy of JSON, CSV, images and scripts served as files: nothing runs if opened as a page. */
export function fileCsp(): string {
  return ["default-src 'none'", "style-src 'unsafe-inline'", "img-src 'self' data:", "frame-ancestors 'none'"].join("; ");
}

/** The policy of the presenter's service worker: it fetches (and keeps) pages and assets of this origin, and runs nothing else. */
export function workerCsp(): string {
  return ["default-src 'none'", "connect-src 'self'"].join("; ");
}

/** HSTS, only over HTTPS (behind a proxy, X-Forwarded-Proto says so); never on plain HTTP. */
export function hstsHeader(protocol: string, forwardedProto: string | null): string | undefined {
  const https = protocol === "https:" || forwardedProto?.split(",")[0]?.trim() === "https";
  return https ? "max-age=63072000; includeSubDomains" : undefined;
}

/** A fresh, unguessable nonce (base64 of 16 random bytes). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
