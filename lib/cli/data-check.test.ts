// `npm run data:check` as editors run it: a real process, a real file, its output and exit code.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { correctedFile } from "../testing/corrected";
import { FIXTURE_ARTICLE, FIXTURE_ELECTION, FIXTURE_FILE, rawFixtureElection, twoElectionDatasetDir } from "../testing/fixture-election";
import { brokenDataset, rawDataset } from "../testing/fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "data-check-"));

/** Runs the command with DATASET_DIR and DATASET_FILE unset unless `env` sets them. */
function dataCheckWith(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/data-check.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATASET_DIR: "", DATASET_FILE: "", ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function dataCheck(...args: string[]) {
  return dataCheckWith({}, ...args);
}

/** The `… is valid: …` line of one file. */
const validLine = (file: string) => new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is valid: version [0-9a-f]{12} \\(\\d+ correction\\(s\\) logged\\)`);

function writeJson(name: string, value: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

describe("npm run data:check (no FILE): every election file", () => {
  it("accepts the bundled election files and prints one line of counts per file", () => {
    const { code, out } = dataCheck();
    expect(code).toBe(0);
    expect(out).toMatch(/^data\/elections\/paris-2020\.json is valid: version [0-9a-f]{12} \(\d+ correction\(s\) logged\), 6 candidates, 7 themes, 42 cells, \d+ proposals/m);
    expect(
      out
        .trim()
        .split("\n")
        .every((line) => / is valid: /.test(line)),
    ).toBe(true);
    // The fixture election is a test file, never a bundled one.
    expect(out).not.toContain(FIXTURE_ELECTION);
  });

  it("checks the files of DATASET_DIR too, after the bundled ones, one line each", () => {
    const dir = twoElectionDatasetDir();
    const { code, out } = dataCheckWith({ DATASET_DIR: dir });
    expect(code).toBe(0);
    const lines = out.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(validLine("data/elections/paris-2020.json"));
    expect(lines[1]).toMatch(validLine(path.join(dir, `${FIXTURE_ELECTION}.json`)));
    expect(lines[1]).toContain("3 candidates, 3 themes, 9 cells");
    expect(lines[2]).toMatch(validLine(path.join(dir, "paris-2020.json")));
  });

  it("refuses a file whose election.id is not its name, and a broken one, still printing the valid ones, and exits 1", () => {
    const dir = twoElectionDatasetDir({ "village-2030.json": rawFixtureElection(), "broken-2029.json": '{"schemaVersion": 2,' });
    const { code, out, err } = dataCheckWith({ DATASET_DIR: dir });
    expect(code).toBe(1);
    expect(out.trim().split("\n")).toHaveLength(3);
    expect(err).toContain(
      `${path.join(dir, "village-2030.json")} is not a valid dataset (1 problem):\nelection.id: is "${FIXTURE_ELECTION}", but the file is the one of election "village-2030" (name the file ${FIXTURE_ELECTION}.json)`,
    );
    expect(err).toContain(`${path.join(dir, "broken-2029.json")} is not a valid dataset (1 problem):\n(root): not valid JSON`);
  });

  it("checks DATASET_FILE as Paris's file, whatever its name: another election's data there is refused", () => {
    const live = writeJson("live.json", rawDataset());
    expect(dataCheckWith({ DATASET_FILE: live }).out).toMatch(new RegExp(`^${live} is valid: `, "m"));
    const wrong = writeJson("wrong-live.json", rawFixtureElection());
    const { code, err } = dataCheckWith({ DATASET_FILE: wrong });
    expect(code).toBe(1);
    expect(err).toContain(`election.id: is "${FIXTURE_ELECTION}", but the file is the one of election "paris-2020"`);
  });

  it("asks for a FILE when given --previous or --source, and exits 2", () => {
    const { code, err } = dataCheck("--source", FIXTURE_ARTICLE);
    expect(code).toBe(2);
    expect(err).toMatch(/^usage: --previous and --source check one file/);
  });
});

describe("npm run data:check FILE", () => {
  it("accepts the fictional election with every quote verbatim in its invented article", () => {
    const { code, out } = dataCheck(FIXTURE_FILE, "--source", FIXTURE_ARTICLE);
    expect(code).toBe(0);
    expect(out).toContain(`every quote verbatim in ${FIXTURE_ARTICLE}`);
  });

  it("checks FILE as named, without the file-name/id rule (an editor's working copy may have any name)", () => {
    const { code, out } = dataCheck(writeJson("working-copy.json", rawFixtureElection()));
    expect(code).toBe(0);
    expect(out).toContain("working-copy.json is valid");
  });

  it("rejects a broken copy with the file, then one `path: reason` line per problem, and exits 1", () => {
    const file = writeJson(
      "broken.json",
      brokenDataset((d) => {
        d.proposals[12].quotes = [];
        d.cells[4].level = 7;
      }),
    );
    const { code, err } = dataCheck(file);
    expect(code).toBe(1);
    const lines = err.trim().split("\n");
    expect(lines[0]).toBe(`${file} is not a valid dataset (2 problems):`);
    expect(lines).toContain("proposals[12].quotes: at least one quote is required");
    expect(lines).toContain("cells[4].level: a level is a whole number from 0 to 3");
  });

  it("reports a cross-reference problem once the structure is sound", () => {
    const file = writeJson(
      "dangling.json",
      brokenDataset((d) => (d.figures[0].subject.candidate = "nobody")),
    );
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
    const file = writeJson(
      "speech.json",
      brokenDataset((d) => {
        const quote = d.proposals.find((p: { id: string }) => p.id === "buzyn-open-data-anonymise").quotes[0];
        quote.speech = [{ words: "on peut tout anonymiser", speaker: { by: "spokesperson", spokesperson: "nobody" } }];
      }),
    );
    const { code, err } = dataCheck(file);
    expect(code).toBe(1);
    expect(err).toMatch(/proposals\[\d+\]\.quotes\[0\]\.speech\[0\]\.words: is not a substring of its quote's text/);
    expect(err).toMatch(/proposals\[\d+\]\.quotes\[0\]\.speech\[0\]\.speaker\.spokesperson: unknown spokesperson id "nobody"/);
  });
});

describe("npm run data:check FILE --previous PUBLISHED", () => {
  const published = writeJson("published.json", rawDataset());

  it("accepts a change logged as a correction whose patch describes it exactly", () => {
    const { code, out } = dataCheck(
      writeJson(
        "logged.json",
        correctedFile((d) => (d.figures[0].value.value = 5)),
      ),
      "--previous",
      published,
    );
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
