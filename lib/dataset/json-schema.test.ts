import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rawDataset } from "../testing/fixtures";
import { datasetJsonSchemaText } from "./json-schema";

describe("datasetJsonSchema", () => {
  it("matches the committed data/dataset.schema.json (run `npm run data:schema` after changing the schema)", () => {
    expect(readFileSync("data/dataset.schema.json", "utf8")).toBe(datasetJsonSchemaText());
  });

  it("is the schema the dataset file declares for editors' tools", () => {
    expect(rawDataset().$schema).toBe("../dataset.schema.json");
  });

  it("requires quotes on proposals and forbids unknown fields", () => {
    const schema = JSON.parse(datasetJsonSchemaText());
    const proposal = schema.properties.proposals.items;
    expect(proposal.required).toContain("quotes");
    expect(proposal.properties.quotes.minItems).toBe(1);
    expect(proposal.additionalProperties).toBe(false);
  });
});
