// Each route's static twin: a file in public/ holding the exact bytes the route answered (already
// compressed), served by the same `next start` as any public file, the framework's own floor.
// Under /charts/ because next.config.js sends any other unknown first segment (such as /_bench)
// to the 404 page before public files are looked up. Named .bin: Next.js compresses compressible
// types on the fly, and must send these bytes as they are. `next start` lists public/ once, when
// it starts (next/dist/server/lib/router-utils/filesystem.js): twins are written, then it restarts.
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const PUBLIC_DIR = "public";
const TWIN_URL = "/charts/_bench";
const TWIN_DIR = path.join(PUBLIC_DIR, TWIN_URL);

/** Folders between public/ and the twins that did not exist before: removed again when empty. */
const created = [];

/** Writes `body` as the public file `name`, making the twins' folder when needed; returns the URL path it is served at. */
function writePublic(name, body) {
  for (const dir of [PUBLIC_DIR, path.dirname(TWIN_DIR), TWIN_DIR]) {
    if (existsSync(dir)) continue;
    mkdirSync(dir);
    created.push(dir);
  }
  writeFileSync(path.join(TWIN_DIR, name), body);
  return `${TWIN_URL}/${name}`;
}

/** Writes the bytes of route number `index` as a public file; returns the URL path it is served at. */
export function writeTwin(index, body) {
  return writePublic(`${index}.bin`, body);
}

/** Writes a static HTML page beside the twins (compressed on the fly like any public page); returns the URL path it is served at. */
export function writeStaticPage(name, html) {
  return writePublic(`${name}.html`, html);
}

/** Removes every twin, and the folders made for them when nothing else is in them. Safe to call twice. */
export function removeTwins() {
  rmSync(TWIN_DIR, { recursive: true, force: true });
  for (const dir of created.reverse()) {
    if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  }
  created.length = 0;
}
