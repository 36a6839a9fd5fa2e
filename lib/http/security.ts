// Content security policies per kind of route, and the other per-request security headers.
// Pages get a fresh nonce per request ('strict-dynamic': only scripts Next.js and we mark may run);
// embeds allow exactly their one inline script by hash; files and JSON allow nothing to run.

const COMMON = ["object-src 'none'", "base-uri 'self'", "form-action 'self'"];

/** The policy of a page rendered with a nonce. Styles stay inline-capable: React sets style attributes. */
export function pageCsp(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
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
  return ["default-src 'none'", `script-src '${scriptHash}'`, "style-src 'unsafe-inline'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors *"].join("; ");
}

/** The policy of JSON, CSV, images and scripts served as files: nothing runs if opened as a page. */
export function fileCsp(): string {
  return ["default-src 'none'", "style-src 'unsafe-inline'", "img-src 'self' data:", "frame-ancestors 'none'"].join("; ");
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

/** The base64 SHA-256 of an inline script, as CSP writes it: 'sha256-…'. */
export async function scriptHash(script: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(script));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}
