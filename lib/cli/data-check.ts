// `npm run data:check [FILE]`: validates a dataset file before it is published.
// Prints one `path: reason` line per problem and exits 1, or prints the dataset's counts and exits 0.
import { readDatasetFile, describeProblems } from "../dataset/read";
import { datasetCounts } from "../dataset/select";

// The same file the server would load: DATASET_FILE when set, else the bundled dataset.
const file = process.argv[2] ?? (process.env.DATASET_FILE || "data/paris-2020.json");
const result = readDatasetFile(file);
if (!result.ok) {
  console.error(describeProblems(file, result.problems));
  process.exit(1);
}
const n = datasetCounts(result.dataset);
console.log(
  `${file} is valid: ${n.candidates} candidates, ${n.themes} themes, ${n.cells} cells, ${n.proposals} proposals, ` +
    `${n.figures} figures, ${n.termUsage} term-usage facts, ${n.quotes} quotes.`,
);
