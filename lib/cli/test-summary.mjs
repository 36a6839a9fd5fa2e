// Reads the checks' (lint, typecheck), unit and browser test reports and prints the one closing
// line CI reads: `N passed, N failed`. Used by `npm test` and by .ci/run (which prints it last).
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

export const VITEST_REPORT = "test-results/vitest.json";
export const PLAYWRIGHT_REPORT = "test-results/playwright.json";
/** `{ lint: boolean, typecheck: boolean }`: each check counts as one test. */
export const CHECKS_REPORT = "test-results/checks.json";

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
  } catch {
    return undefined;
  }
}

/** Passed and failed counts over the three reports; a missing report counts as nothing run. */
export function countResults() {
  const checks = Object.values(readJson(CHECKS_REPORT) ?? {});
  const vitest = readJson(VITEST_REPORT);
  const playwright = readJson(PLAYWRIGHT_REPORT);
  const passed = checks.filter((ok) => ok === true).length + (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
  const failed = checks.filter((ok) => ok !== true).length + (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
  return { passed, failed };
}

/** The closing line; a step that failed without failing a test (install, build, no browser) counts as one failure. */
export function summaryLine(stepsFailed) {
  const { passed, failed } = countResults();
  return `${passed} passed, ${failed > 0 ? failed : stepsFailed ? 1 : 0} failed`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const stepsFailed = process.argv[2] !== undefined && process.argv[2] !== "0";
  console.log(summaryLine(stepsFailed));
}
