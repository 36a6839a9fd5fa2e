// `npm run data:check` as editors run it: a real process, a real file, its output and exit code.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brokenDataset } from "../testing/fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "data-check-"));

function dataCheck(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/data-check.ts", ...args], { encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function writeJson(name: string, value: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

describe("npm run data:check [FILE]", () => {
  it("accepts the bundled dataset and prints its counts", () => {
    const { code, out } = dataCheck();
    expect(code).toBe(0);
    expect(out).toMatch(/data\/paris-2020\.json is valid: 6 candidates, 7 themes, 42 cells, \d+ proposals/);
  });

  it("rejects a broken copy with the file, then one `path: reason` line per problem, and exits 1", () => {
    const file = writeJson("broken.json", brokenDataset((d) => {
      d.proposals[12].quotes = [];
      d.cells[4].level = 7;
    }));
    const { code, err } = dataCheck(file);
    expect(code).toBe(1);
    const lines = err.trim().split("\n");
    expect(lines[0]).toBe(`${file} is not a valid dataset (2 problems):`);
    expect(lines).toContain("proposals[12].quotes: at least one quote is required");
    expect(lines).toContain("cells[4].level: levels run from 0 to 3");
  });

  it("reports a cross-reference problem once the structure is sound", () => {
    const file = writeJson("dangling.json", brokenDataset((d) => (d.figures[0].subject.candidate = "nobody")));
    const { code, err } = dataCheck(file);
    expect(code).toBe(1);
    expect(err).toContain('figures[0].subject.candidate: unknown candidate id "nobody"');
  });

  it("explains a file that is not JSON, or not there, without a stack trace", () => {
    const notJson = dataCheck(writeJson("truncated.json", '{"schemaVersion": 1,'));
    expect(notJson.code).toBe(1);
    expect(notJson.err).toContain("(root): not valid JSON");
    const missing = dataCheck(path.join(dir, "missing.json"));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("(root): cannot read the file (ENOENT)");
    expect(missing.err + notJson.err).not.toMatch(/\n\s+at /);
  });
});
