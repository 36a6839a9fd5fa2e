// Runs after `next build` (part of `npm run build`): writes the build's record for the server
// (lib/http/prerendered.ts reads it). The draft-mode id, copied from Next.js's prerender manifest:
// with it, the byte cache asks this server for pages rendered without a nonce (then allows their
// inline scripts by hash, lib/http/byte-front.ts), and proxy.ts has the client-side router's
// requests rendered on the same route as the documents. And the SHA-256 of every inline script of
// the 404 and error documents, which Next.js serves prerendered in place of any page, without a
// nonce: every per-request page's policy allows them.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inlineScriptHashes } from "../http/inline-scripts.mjs";

const DIST = ".next";
/** Where the server reads the record (lib/http/prerendered.ts): keep the two in step. */
const OUTPUT = path.join(DIST, "prerendered-pages.json");
/** Documents Next.js may serve, prerendered, at any page's URL. */
const STAND_IN_DOCUMENTS = ["_not-found", "_global-error"];

function main() {
  const buildId = readFileSync(path.join(DIST, "BUILD_ID"), "utf8").trim();
  const manifest = JSON.parse(readFileSync(path.join(DIST, "prerender-manifest.json"), "utf8"));
  const htmlOf = (name) => readFileSync(path.join(DIST, "server", "app", `${name}.html`), "utf8");
  const standIns = STAND_IN_DOCUMENTS.filter((name) => existsSync(path.join(DIST, "server", "app", `${name}.html`)));
  const standInHashes = [...new Set(standIns.flatMap((name) => inlineScriptHashes(htmlOf(name))))];
  const draftModeId = manifest.preview?.previewModeId;
  if (!draftModeId) fail("the prerender manifest has no draft-mode id: pages could be neither cached nor rendered on the route of their documents");
  writeFileSync(OUTPUT, JSON.stringify({ buildId, draftModeId, standInHashes }, null, 2));
  console.log(`Build record: the draft-mode id, and the inline scripts of ${standIns.join(", ")} (${standInHashes.length}) → ${OUTPUT}`);
}

function fail(message) {
  console.error(`prerendered-csp: ${message}`);
  process.exit(1);
}

main();
