// The build step after `next build`, run as `npm run build` runs it, on a made-up build folder.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scriptHash } from "../http/inline-scripts.mjs";

const SCRIPT = path.join(process.cwd(), "lib", "cli", "prerendered-csp.mjs");

/** A build folder with a 404 page and, unless `draftModeId` is null, a draft-mode id in its prerender manifest. */
function fakeBuild(draftModeId: string | null): string {
  const dir = mkdtempSync(path.join(tmpdir(), "build-"));
  mkdirSync(path.join(dir, ".next", "server", "app"), { recursive: true });
  writeFileSync(path.join(dir, ".next", "BUILD_ID"), "build-1\n");
  const manifest = { routes: {}, ...(draftModeId ? { preview: { previewModeId: draftModeId } } : {}) };
  writeFileSync(path.join(dir, ".next", "prerender-manifest.json"), JSON.stringify(manifest));
  writeFileSync(path.join(dir, ".next", "server", "app", "_not-found.html"), "<script>nf()</script><script src=/c.js></script>");
  return dir;
}

const run = (dir: string) => spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: "utf8" });

describe("lib/cli/prerendered-csp.mjs", () => {
  it("records the build, its draft-mode id and the 404's inline scripts", () => {
    const dir = fakeBuild("secret-id");
    const result = run(dir);
    expect(result.status, result.stderr).toBe(0);
    const record = JSON.parse(readFileSync(path.join(dir, ".next", "prerendered-pages.json"), "utf8"));
    expect(record).toEqual({ buildId: "build-1", draftModeId: "secret-id", standInHashes: [scriptHash("nf()")] });
  });

  it("fails the build when Next.js gave no draft-mode id: no page could be cached", () => {
    const result = run(fakeBuild(null));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("no draft-mode id");
  });
});
