// `npm run data:check [FILE] [--previous FILE] [--source ARTICLE.txt]`: validates a dataset file
// before it is published: structure, cross-references, version and corrections log; with
// --previous, that the file changes the published one only through new corrections that describe
// the change exactly; with --source, that every quote and direct-speech span is verbatim in the
// newsroom's copy of the article. Prints one `path: reason` line per problem and exits 1, or
// prints the dataset's counts and exits 0.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatProblem, type Problem } from "../dataset/check";
import { checkSuccessor } from "../dataset/history";
import { describeProblems, readDatasetFile } from "../dataset/read";
import { allSpeech, datasetCounts, locatedQuotes } from "../dataset/select";
import type { Dataset } from "../dataset/schema";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { previous: { type: "string" }, source: { type: "string" } } });
// The same file the server would load: DATASET_FILE when set, else the bundled dataset.
const file = positionals[0] ?? (process.env.DATASET_FILE || "data/elections/paris-2020.json");

function fail(name: string, problems: Problem[]): never {
  console.error(describeProblems(name, problems));
  process.exit(1);
}

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

/** Every passage, quote and direct-speech span that the article's text does not contain verbatim. */
function notInSource(d: Dataset, article: string): Problem[] {
  const missing = (text: string) => !article.includes(text);
  return [
    ...d.themes.flatMap((t, i) => (missing(t.sectionQuote) ? [{ path: ["themes", i, "sectionQuote"], message: "not verbatim in the article" }] : [])),
    ...locatedQuotes(d).flatMap(({ path, quote }) => (missing(quote.text) ? [{ path: [...path, "text"], message: "not verbatim in the article" }] : [])),
    ...allSpeech(d).flatMap(({ path, speech }) => (missing(speech.words) ? [{ path: [...path, "words"], message: "not verbatim in the article" }] : [])),
  ];
}

const n = datasetCounts(result.dataset);
const d = result.dataset;
console.log(
  `${file} is valid: version ${d.version} (${d.corrections.length} correction(s) logged), ${n.candidates} candidates, ${n.themes} themes, ` +
    `${n.cells} cells, ${n.proposals} proposals, ${n.figures} figures, ${n.termUsage} term-usage facts, ${n.quotes} quotes, ${n.speech} direct-speech spans` +
    `${values.previous ? `; a valid successor of ${values.previous}` : ""}${values.source ? `; every quote verbatim in ${values.source}` : ""}.`,
);
