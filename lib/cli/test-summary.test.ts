// The closing line CI reads counts lint and the type check as one test each, next to the unit and
// browser tests: a lint failure alone must fail the line.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHECKS_REPORT, PLAYWRIGHT_REPORT, summaryLine, VITEST_REPORT } from "./test-summary.mjs";

describe("summaryLine(…)", () => {
  const home = process.cwd();
  beforeEach(() => {
    process.chdir(mkdtempSync(path.join(tmpdir(), "test-summary-")));
    mkdirSync("test-results");
    writeFileSync(VITEST_REPORT, JSON.stringify({ numPassedTests: 10, numFailedTests: 0 }));
    writeFileSync(PLAYWRIGHT_REPORT, JSON.stringify({ stats: { expected: 5, unexpected: 0, flaky: 1 } }));
  });
  afterEach(() => process.chdir(home));

  it("counts lint and typecheck as one passed test each", () => {
    writeFileSync(CHECKS_REPORT, JSON.stringify({ lint: true, typecheck: true }));
    expect(summaryLine(false)).toBe("18 passed, 0 failed");
  });

  it("counts a failed lint as a failed test", () => {
    writeFileSync(CHECKS_REPORT, JSON.stringify({ lint: false, typecheck: true }));
    expect(summaryLine(true)).toBe("17 passed, 1 failed");
  });

  it("still reports a failed step when no report says what failed", () => {
    expect(summaryLine(true)).toBe("16 passed, 1 failed");
  });
});
