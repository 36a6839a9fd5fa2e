// The build step after `next build`, run as `npm run build` runs it, on a made-up build folder.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scriptHash } from "../http/inline-scripts.mjs";

const SCRIPT = path.join(process.cwd(), "lib", "cli", "prerendered-csp.mjs");

/** A build folder with the given prerendered routes (pathname → HTML) and a 404 page. */
function fakeBuild(routes: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "build-"));
  for (const lang of ["", "fr", "en"]) mkdirSync(path.join(dir, ".next", "server", "app", lang), { recursive: true });
  writeFileSync(path.join(dir, ".next", "BUILD_ID"), "build-1\n");
  const manifest = { routes: Object.fromEntries(Object.keys(routes).map((p) => [p, { srcRoute: "/[lang]/[election]" }])), preview: { previewModeId: "secret-id" } };
  writeFileSync(path.join(dir, ".next", "prerender-manifest.json"), JSON.stringify(manifest));
  for (const [pathname, html] of Object.entries(routes)) writeFileSync(path.join(dir, ".next", "server", "app", `${pathname}.html`), html);
  writeFileSync(path.join(dir, ".next", "server", "app", "_not-found.html"), "<script>nf()</script>");
  return dir;
}

const run = (dir: string) => spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: "utf8", env: { ...process.env, SITE_URL: "https://charts.example.org" } });

describe("lib/cli/prerendered-csp.mjs", () => {
  it("records each page's script hashes and dataset version, the 404's scripts, the draft-mode id and SITE_URL", () => {
    const dir = fakeBuild({ "/fr/paris-2020": '<main data-dataset-version="&quot;v1&quot;"></main><script>a()</script><script src="/c.js"></script>' });
    const result = run(dir);
    expect(result.status, result.stderr).toBe(0);
    const record = JSON.parse(readFileSync(path.join(dir, ".next", "prerendered-pages.json"), "utf8"));
    expect(record).toEqual({
      buildId: "build-1",
      draftModeId: "secret-id",
      siteUrl: "https://charts.example.org",
      pages: { "/fr/paris-2020": { datasetVersion: '"v1"', scriptHashes: [scriptHash("a()")] } },
      standInHashes: [scriptHash("nf()")],
    });
  });

  it("fails the build when the dashboard was not prerendered, or a page does not say which data it shows", () => {
    const none = run(fakeBuild({}));
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("no page of /[lang]/[election] was prerendered");
    const unversioned = run(fakeBuild({ "/en/lyon-2026": "<main></main>" }));
    expect(unversioned.status).toBe(1);
    expect(unversioned.stderr).toContain("/en/lyon-2026.html: no data-dataset-version attribute");
  });
});
