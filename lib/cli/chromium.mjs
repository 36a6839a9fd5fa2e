// The browser every tool of the project drives (browser tests, budget, Lighthouse, benchmarks):
// Debian's Chromium when present (CI installs it), else Playwright's own; and the flags it needs
// on a machine with a closed network (without the background-networking ones, Chromium's own
// connections are refused many at a time and slow every test).
import { existsSync } from "node:fs";

/** Where Debian installs Chromium. */
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** Debian's Chromium when it exists, else undefined (Playwright then uses its own browser). */
export function systemChromium() {
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

/** Headless Chromium's flags for this project: no sandbox (root in CI), no GPU, no background traffic. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
