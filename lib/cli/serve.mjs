// Starts the production build (`next start`) on 127.0.0.1 for a measuring command, and waits
// until it answers. Shared by budget, lighthouse, the benchmarks and the live-correction test.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Starts `next start` on the port (with extra environment variables) and resolves once `readyPath`
 * answers 200; `stop()` ends it and resolves when the process has exited.
 */
export async function startProductionServer(port, env = {}, readyPath = "/api/elections") {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npm run build` first");
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], { stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  const exited = new Promise((resolve) => server.once("exit", resolve));
  const stop = () => {
    server.kill();
    return exited;
  };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}${readyPath}`)).ok) return { base, stop };
    } catch {}
    if (i > 100) {
      stop();
      throw new Error("next start did not answer within 20 s");
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
