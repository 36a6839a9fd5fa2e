import { describe, expect, it } from "vitest";
import { correctedDataset } from "../testing/corrected";
import { correctionsLog } from "./log";

const { versions } = correctedDataset([{ edit: (d) => (d.proposals[0].summary.en = `${d.proposals[0].summary.en} (reworded)`) }]);

describe("correctionsLog(versions, locale)", () => {
  it("lists every correction newest first, each with its versions and its changed values in words", () => {
    const log = correctionsLog(versions, "en");
    expect(log.map((e) => e.summary.number)).toEqual(
      versions
        .slice(1)
        .map((v) => v.number - 1)
        .reverse(),
    );
    expect(log[0]!.before).toBe(versions.at(-2));
    expect(log[0]!.after).toBe(versions.at(-1));
    expect(log[0]!.changes).toEqual([expect.objectContaining({ field: "Summary (in English)" })]);
  });

  it("is worked out once per dataset version and language", () => {
    expect(correctionsLog(versions, "fr")).toBe(correctionsLog(versions, "fr"));
    expect(correctionsLog(versions, "fr")).not.toBe(correctionsLog(versions, "en"));
    // A new correction gives the store a new `versions` array: worked out anew.
    expect(correctionsLog([...versions], "fr")).not.toBe(correctionsLog(versions, "fr"));
  });
});
