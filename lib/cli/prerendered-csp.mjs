// Runs after `next build` (part of `npm run build`): lists, for each prerendered dashboard page
// (`/{lang}/{election}`, every election of the catalogue at build),
// the SHA-256 of every inline script in its HTML and the dataset version it shows. proxy.ts serves
// those pages with a policy that allows exactly these scripts (no nonce: the file is the same for
// every reader) while the live dataset is that version and SITE_URL is the one built with. Other views are rendered on the same
// route through draft mode, whose secret id is copied here for proxy.ts. Also lists the scripts of
// the 404 and error documents, which Next.js serves prerendered in place of any page: every
// page's policy allows them. Fails the build when a dashboard page was not prerendered, so a
// change that makes it dynamic again cannot go unnoticed.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { datasetVersionOf, inlineScriptHashes } from "../http/inline-scripts.mjs";

const DIST = ".next";
/** Where proxy.ts reads the list (lib/http/prerendered.ts): keep the two in step. */
const OUTPUT = path.join(DIST, "prerendered-pages.json");
/** The route whose prerendered pages are served this way: each election's dashboard in its default view. */
const DASHBOARD_ROUTE = "/[lang]/[election]";
/** Documents Next.js may serve, prerendered, at any page's URL. */
const STAND_IN_DOCUMENTS = ["_not-found", "_global-error"];

function main() {
  const buildId = readFileSync(path.join(DIST, "BUILD_ID"), "utf8").trim();
  const manifest = JSON.parse(readFileSync(path.join(DIST, "prerender-manifest.json"), "utf8"));
  const routes = Object.entries(manifest.routes).filter(([, route]) => route.srcRoute === DASHBOARD_ROUTE);
  if (routes.length === 0) fail(`no page of ${DASHBOARD_ROUTE} was prerendered: the dashboard is rendered per request again`);
  const htmlOf = (name) => readFileSync(path.join(DIST, "server", "app", `${name}.html`), "utf8");
  const pages = {};
  for (const [pathname] of routes) {
    if (!existsSync(path.join(DIST, "server", "app", `${pathname}.html`))) fail(`${pathname} is listed as prerendered but has no HTML file`);
    const html = htmlOf(pathname);
    const datasetVersion = datasetVersionOf(html);
    if (!datasetVersion) fail(`${pathname}.html: no data-dataset-version attribute`);
    pages[pathname] = { datasetVersion, scriptHashes: inlineScriptHashes(html) };
  }
  const standIns = STAND_IN_DOCUMENTS.filter((name) => existsSync(path.join(DIST, "server", "app", `${name}.html`)));
  const standInHashes = [...new Set(standIns.flatMap((name) => inlineScriptHashes(htmlOf(name))))];
  const draftModeId = manifest.preview?.previewModeId;
  if (!draftModeId) fail("the prerender manifest has no draft-mode id: other views could not be rendered per request");
  // The pages' absolute links (canonical, social cards, oEmbed discovery) use SITE_URL as built.
  const siteUrl = process.env.SITE_URL ?? "";
  writeFileSync(OUTPUT, JSON.stringify({ buildId, draftModeId, siteUrl, pages, standInHashes }, null, 2));
  const summary = Object.entries(pages).map(([p, page]) => `${p} (${page.scriptHashes.length} inline scripts)`);
  console.log(`Prerendered pages and their script hashes: ${summary.join(", ")}; ${standIns.join(", ")} (${standInHashes.length}) → ${OUTPUT}`);
}

function fail(message) {
  console.error(`prerendered-csp: ${message}`);
  process.exit(1);
}

main();
