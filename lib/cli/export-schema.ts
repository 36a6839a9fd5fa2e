// `npm run data:schema`: regenerates data/dataset.schema.json from the zod schema.
import { writeFileSync } from "node:fs";
import { datasetJsonSchemaText } from "../dataset/json-schema";

const file = process.argv[2] ?? "data/dataset.schema.json";
writeFileSync(file, datasetJsonSchemaText());
console.log(`wrote ${file}`);
