// The inline scripts of an HTML document and their CSP hashes: one implementation for the build
// step that lists the 404 and error documents' scripts (lib/cli/prerendered-csp.mjs), the byte
// cache that hashes each page it keeps (lib/http/byte-front.ts) and the policies of pages and
// embeds (lib/http/security.ts). Plain JavaScript: the build step runs in Node without a
// TypeScript loader.
import { createHash } from "node:crypto";

/** The text of every inline script (`<script>` without src) in an HTML document, as the browser hashes it. */
export function inlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/i.test(match[1])) scripts.push(match[2]);
  }
  return scripts;
}

/** The CSP hash of a script's text: sha256-<base64 of its UTF-8 bytes>. */
export function scriptHash(text) {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

/** The distinct CSP hashes of a document's inline scripts. */
export function inlineScriptHashes(html) {
  return [...new Set(inlineScripts(html).map(scriptHash))];
}
