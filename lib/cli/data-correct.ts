// `npm run data:correct -- EDITED --reason-fr "…" --reason-en "…" [--file FILE] [--date ISO]`:
// publishes an edit of the dataset as a logged correction. EDITED is a copy of the dataset file
// in which editors changed the data (not the log); the tool appends to FILE's corrections log the
// RFC 6902 patch from FILE's version to the edit (with the `test` operations that let it be
// undone), sets the new version, checks the result as the server will (`data:check --previous`)
// and only then writes FILE.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { checkSuccessor, contentOf, correctionFor, versionOf } from "../dataset/history";
import { describeProblems, readDatasetFile, validateWithHistory } from "../dataset/read";
import type { Dataset } from "../dataset/schema";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { file: { type: "string" }, "reason-fr": { type: "string" }, "reason-en": { type: "string" }, date: { type: "string" } },
});
const file = values.file ?? (process.env.DATASET_FILE || "data/elections/paris-2020.json");
const edited = positionals[0];
const fr = values["reason-fr"]?.trim();
const en = values["reason-en"]?.trim();
if (!edited || !fr || !en) {
  console.error('usage: npm run data:correct -- EDITED.json --reason-fr "…" --reason-en "…" [--file FILE] [--date 2026-11-30T12:00:00Z]');
  process.exit(2);
}

const published = readDatasetFile(file);
if (!published.ok) {
  console.error(describeProblems(file, published.problems));
  process.exit(1);
}
const previous = published.dataset;
const edit = JSON.parse(readFileSync(edited, "utf8")) as Dataset;
const before = contentOf(previous);
const after = contentOf(edit);
if (versionOf(after) === previous.version) {
  // The presentation is not data (history.ts): editing it needs no correction, only a save.
  console.error(`${edited} holds the same data as ${file} (version ${previous.version}): nothing to correct. (A presentation edit needs no correction: save it in ${file}.)`);
  process.exit(1);
}
const correction = correctionFor(before, after, values.date ?? new Date().toISOString().replace(/\.\d+Z$/, "Z"), { fr, en });
// The file's own key order: version and publication first, the data, the log last.
const { schemaVersion, publishedAt, ...data } = after;
const ordered = {
  ...(previous.$schema ? { $schema: previous.$schema } : {}),
  schemaVersion,
  version: correction.to,
  publishedAt,
  ...data,
  presentation: edit.presentation,
  corrections: [...previous.corrections, correction],
};
const checked = validateWithHistory(ordered);
const problems = checked.ok ? checkSuccessor(previous, checked.dataset) : checked.problems;
if (problems.length) {
  console.error(describeProblems(`${file} (corrected)`, problems));
  process.exit(1);
}
writeFileSync(file, JSON.stringify(ordered, null, 2) + "\n");
console.log(`${file}: correction ${previous.corrections.length + 1} logged (${correction.patch.length} operations), version ${previous.version} → ${correction.to}.`);
