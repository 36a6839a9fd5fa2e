// `npm start`: builds first when there is no production build or the sources changed since the
// last one, then serves it with `next start` (port 3000 unless -p is given).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const BUILD_ID = ".next/BUILD_ID";
const SOURCES = ["app", "components", "lib", "data", "next.config.js", "package-lock.json", "tsconfig.json"];

/** The newest modification time under a path, in ms. */
function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(p).reduce((newest, name) => Math.max(newest, newestMtime(path.join(p, name))), stat.mtimeMs);
}

const built = existsSync(BUILD_ID) ? statSync(BUILD_ID).mtimeMs : 0;
if (built === 0 || Math.max(...SOURCES.map(newestMtime)) > built) {
  console.log(built === 0 ? "No production build yet: building…" : "Sources changed since the last build: rebuilding…");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(path.join("node_modules", ".bin", "next"), ["start", ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
