// `npm run data:check` as editors run it: a real process, a real file, its output and exit code.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { correctedFile } from "../testing/corrected";
import { brokenDataset, rawDataset } from "../testing/fixtures";

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
    expect(out).toMatch(/data\/elections\/paris-2020\.json is valid: version [0-9a-f]{12} \(\d+ correction\(s\) logged\), 6 candidates, 7 themes, 42 cells, \d+ proposals/);
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
    expect(lines).toContain("cells[4].level: a level is a whole number from 0 to 3");
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

  it("reports a direct-speech span that is not in its quote, and a speaker the dataset does not know", () => {
    const file = writeJson("speech.json", brokenDataset((d) => {
      const quote = d.proposals.find((p: { id: string }) => p.id === "buzyn-open-data-anonymise").quotes[0];
      quote.speech = [{ words: "on peut tout anonymiser", speaker: { by: "spokesperson", spokesperson: "nobody" } }];
    }));
    const { code, err } = dataCheck(file);
    expect(code).toBe(1);
    expect(err).toMatch(/proposals\[\d+\]\.quotes\[0\]\.speech\[0\]\.words: is not a substring of its quote's text/);
    expect(err).toMatch(/proposals\[\d+\]\.quotes\[0\]\.speech\[0\]\.speaker\.spokesperson: unknown spokesperson id "nobody"/);
  });
});

describe("npm run data:check FILE --previous PUBLISHED", () => {
  const published = writeJson("published.json", rawDataset());

  it("accepts a change logged as a correction whose patch describes it exactly", () => {
    const { code, out } = dataCheck(writeJson("logged.json", correctedFile((d) => (d.figures[0].value.value = 5))), "--previous", published);
    expect(code).toBe(0);
    expect(out).toContain(`a valid successor of ${published}`);
  });

  it("refuses a change without a log entry, even with its version recomputed", () => {
    const logged = correctedFile((d) => (d.figures[0].value.value = 5));
    logged.corrections.pop();
    const { code, err } = dataCheck(writeJson("unlogged.json", logged), "--previous", published);
    expect(code).toBe(1);
    // The data's version no longer follows from the log's last entry.
    expect(err).toMatch(/corrections\[\d+\]\.to: is [0-9a-f]{12}, but the version after this correction is [0-9a-f]{12}/);
  });

  it("refuses a correction whose patch does not describe the change", () => {
    const wrong = correctedFile((d) => (d.figures[0].value.value = 5));
    wrong.corrections[wrong.corrections.length - 1].patch[1].value = 6;
    const { code, err } = dataCheck(writeJson("wrong-patch.json", wrong), "--previous", published);
    expect(code).toBe(1);
    expect(err).toMatch(/corrections\[\d+\]\.(patch|from|to)/);
  });

  it("refuses an edit of an earlier log entry", () => {
    const edited = rawDataset();
    edited.corrections[0].reason.fr = "Une autre raison.";
    const { code, err } = dataCheck(writeJson("edited-log.json", edited), "--previous", published);
    expect(code).toBe(1);
    expect(err).toContain("corrections[0]: was edited: earlier entries of the corrections log are never changed");
  });
});

describe("npm run data:check FILE --source ARTICLE", () => {
  it("reports each quote and direct-speech span that is not verbatim in the newsroom's copy of the article", () => {
    const d = rawDataset();
    const quote = d.proposals.find((p: { id: string }) => p.id === "hidalgo-platforms-balance-of-power").quotes[0];
    // The article's copy holds every passage but this one, so exactly its text and its speech are missing.
    const article = writeJson("article.txt", [quote.text.replace("renverser le rapport", "renverser le rapport ")].join("\n"));
    const { code, err } = dataCheck(writeJson("source-check.json", d), "--source", article);
    expect(code).toBe(1);
    expect(err).toMatch(/proposals\[\d+\]\.quotes\[0\]\.text: not verbatim in the article/);
    expect(err).toMatch(/proposals\[\d+\]\.quotes\[0\]\.speech\[0\]\.words: not verbatim in the article/);
  });

  it("passes a dataset whose every quote is in the article", () => {
    const d = brokenDataset(() => {});
    const passages = [...d.themes.map((t: { sectionQuote: string }) => t.sectionQuote), JSON.stringify(d)];
    const { code, out } = dataCheck(writeJson("all-in.json", d), "--source", writeJson("all.txt", passages.join("\n")));
    expect(code).toBe(0);
    expect(out).toContain("every quote verbatim in");
  });
});
