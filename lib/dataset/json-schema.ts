// The dataset's JSON Schema, generated from the zod schema so that editors' tools (VS Code,
// validators) see the same structure. Cross-reference rules live only in `npm run data:check`.
import { z } from "zod";
import { DatasetSchema } from "./schema";

/** The JSON Schema (draft 2020-12) of a dataset file, as written to data/dataset.schema.json. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DatasetSchema, { target: "draft-2020-12", io: "input" }),
    $id: "dataset.schema.json",
    title: "Election digital-programmes dataset",
    description: "One election's sourced dataset. Structural rules only: run `npm run data:check FILE` for the cross-reference and codebook rules.",
  };
}

/** The schema file's text: stable key order and a final newline, so regenerating it is a no-op. */
export function datasetJsonSchemaText(): string {
  return JSON.stringify(datasetJsonSchema(), null, 2) + "\n";
}
