// `npm run data:check [FILE] [--previous FILE] [--source ARTICLE.txt]`: validates dataset files
// before they are published: structure, cross-references, version and corrections log.
// With no FILE: every election file a server may read (files.ts: data/elections/{id}.json, the
// files of DATASET_DIR, DATASET_FILE for Paris), each also under the rule that a file's name is its
// election's id; one line per valid file, the problems of each invalid one, exit 1 if any is.
// With FILE: that file; with --previous, that it changes the published one only through new
// corrections that describe the change exactly; with --source, that every quote and direct-speech
// span is verbatim in the newsroom's copy of the article. Prints one `path: reason` line per
// problem and exits 1, or prints the dataset's counts and exits 0.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatProblem, type Problem } from "../dataset/check";
import { electionFiles } from "../dataset/files";
import { checkSuccessor } from "../dataset/history";
import { describeProblems, readDatasetFile } from "../dataset/read";
import type { Dataset } from "../dataset/schema";
import { allSpeech, datasetCounts, locatedQuotes } from "../dataset/select";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { previous: { type: "string" }, source: { type: "string" } } });

/** A file's name as editors typed it: relative to the checkout when inside it. */
function shown(file: string): string {
  const absolute = path.resolve(file);
  return absolute.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), absolute) : file;
}

/** The one line printed for a valid file: its version, log and counts. */
function validLine(name: string, d: Dataset, also = ""): string {
  const n = datasetCounts(d);
  return (
    `${name} is valid: version ${d.version} (${d.corrections.length} correction(s) logged), ${n.candidates} candidates, ${n.themes} themes, ` +
    `${n.cells} cells, ${n.proposals} proposals, ${n.figures} figures, ${n.termUsage} term-usage facts, ${n.quotes} quotes, ${n.speech} direct-speech spans${also}.`
  );
}

function fail(name: string, problems: Problem[]): never {
  console.error(describeProblems(name, problems));
  process.exit(1);
}

/** Every passage, quote and direct-speech span that the article's text does not contain verbatim. */
function notInSource(d: Dataset, article: string): Problem[] {
  const missing = (text: string) => !article.includes(text);
  return [
    ...d.themes.flatMap((t, i) => (missing(t.sectionQuote) ? [{ path: ["themes", i, "sectionQuote"], message: "not verbatim in the article" }] : [])),
    ...locatedQuotes(d).flatMap(({ path, quote }) => (missing(quote.text) ? [{ path: [...path, "text"], message: "not verbatim in the article" }] : [])),
    ...allSpeech(d).flatMap(({ path, speech }) => (missing(speech.words) ? [{ path: [...path, "words"], message: "not verbatim in the article" }] : [])),
  ];
}

/** Every election file, each under the file-name/id rule; exits 1 if any is invalid. */
function checkEveryElection(): void {
  if (values.previous || values.source) {
    console.error("usage: --previous and --source check one file: npm run data:check -- FILE --previous PUBLISHED --source ARTICLE.txt");
    process.exit(2);
  }
  const files = electionFiles();
  if (files.length === 0) fail("data/elections/", [{ path: [], message: "no election file ({id}.json) found" }]);
  let invalid = 0;
  for (const { election, file } of files) {
    const result = readDatasetFile(file, election);
    if (result.ok) {
      console.log(validLine(shown(file), result.dataset));
    } else {
      invalid++;
      console.error(describeProblems(shown(file), result.problems));
    }
  }
  if (invalid) process.exit(1);
}

/** One file, as named; with --previous and --source as documented above. */
function checkOneFile(file: string): void {
  const result = readDatasetFile(file);
  if (!result.ok) fail(file, result.problems);

  if (values.previous) {
    const previous = readDatasetFile(values.previous);
    if (!previous.ok) fail(values.previous, previous.problems);
    const problems = checkSuccessor(previous.dataset, result.dataset);
    if (problems.length) fail(file, problems);
  }

  if (values.source) {
    let article: string;
    try {
      article = readFileSync(values.source, "utf8");
    } catch (error) {
      fail(values.source, [{ path: [], message: `cannot read the article (${(error as NodeJS.ErrnoException).code ?? String(error)})` }]);
    }
    const problems = notInSource(result.dataset, article);
    if (problems.length) {
      console.error(`${file}: ${problems.length} quote(s) not verbatim in ${values.source}:\n${problems.map(formatProblem).join("\n")}`);
      process.exit(1);
    }
  }

  console.log(validLine(file, result.dataset, `${values.previous ? `; a valid successor of ${values.previous}` : ""}${values.source ? `; every quote verbatim in ${values.source}` : ""}`));
}

if (positionals[0] === undefined) checkEveryElection();
else checkOneFile(positionals[0]);
