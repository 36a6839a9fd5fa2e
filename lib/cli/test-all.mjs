// `npm test`: every test of the project, in order: lint and format (Biome) and the type check,
// each counted as one test; unit tests (vitest); the production build (which validates the
// dataset); the size budget; then the browser tests (Playwright) against `next start`.
// Ends with `N passed, N failed` and a non-zero exit code on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { systemChromium } from "./chromium.mjs";
import { CHECKS_REPORT, PLAYWRIGHT_REPORT, summaryLine, VITEST_REPORT } from "./test-summary.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", env }).status === 0;

/** Debian's Chromium, or Playwright's own browser when it has been installed. */
async function findChromium() {
  const system = systemChromium();
  if (system) return system;
  try {
    const { chromium } = await import("@playwright/test");
    const own = chromium.executablePath();
    return existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}

rmSync("test-results", { recursive: true, force: true });
mkdirSync("test-results", { recursive: true });
// Lint and type check first: quick, and they say what is wrong before minutes of browser tests.
const checks = { lint: run("npm", ["run", "lint"]), typecheck: run("npm", ["run", "typecheck"]) };
writeFileSync(CHECKS_REPORT, JSON.stringify(checks));
let ok = Object.values(checks).every(Boolean);
ok = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_REPORT}`]) && ok;

const browser = await findChromium();
if (!browser) {
  ok = false;
  console.error(
    "\nNo Chromium found for the browser tests. Install one, then run `npm test` again:\n" +
      "  npx playwright install chromium        (Playwright's own build)\n" +
      "  sudo apt-get install chromium          (Debian/Ubuntu: /usr/bin/chromium is used)\n",
  );
} else if (!run("npm", ["run", "build"])) {
  ok = false;
  console.error("\nThe production build failed (see above): browser tests not run.");
} else {
  // The size budget needs the build just made; a regression fails `npm test` like a failing test.
  if (!run("npm", ["run", "budget"])) ok = false;
  ok = run("npx", ["playwright", "test"]) && ok;
  if (!existsSync(PLAYWRIGHT_REPORT)) ok = false;
}

console.log(`\n${summaryLine(!ok)}`);
process.exit(ok ? 0 : 1);
