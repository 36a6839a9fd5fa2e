// `npm run data:version [FILE]`: prints the version of a dataset file's content (the hash its
// `version` field must hold). For a new election's first publication: set `version` to it.
import { readFileSync } from "node:fs";
import { contentOf, versionOf } from "../dataset/history";

const file = process.argv[2] ?? (process.env.DATASET_FILE || "data/elections/paris-2020.json");
console.log(versionOf(contentOf(JSON.parse(readFileSync(file, "utf8")))));
