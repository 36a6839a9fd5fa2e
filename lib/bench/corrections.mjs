// Real logged corrections for the load benchmark's burst: each one made by the editors' own tool
// (`npm run data:correct`, which checks the successor rules before it writes), prepared before the
// load starts so that the tool's own start-up does not weigh on the measure, then published one
// after another into the server's DATASET_DIR as an editor's save would land (whole, by rename).
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

const MINUTE_MS = 60_000;

/**
 * Makes `count` successive corrections of the dataset file `source`, in `dir`: step k is the file
 * after k logged corrections (each edits a proposal's French summary). Returns `{ file, version }` per step.
 */
export function prepareCorrections(source, count, dir) {
  const steps = [];
  let previous = source;
  const lastDate = Math.max(...JSON.parse(readFileSync(source, "utf8")).corrections.map((c) => Date.parse(c.date)));
  for (let k = 1; k <= count; k++) {
    const file = path.join(dir, `step-${k}.json`);
    const edited = path.join(dir, `edited-${k}.json`);
    copyFileSync(previous, file);
    const data = JSON.parse(readFileSync(file, "utf8"));
    data.proposals[0].summary.fr += ` (correction ${k})`;
    writeFileSync(edited, JSON.stringify(data));
    // Dated a minute apart after the file's last entry: a log's dates never go back.
    const date = new Date(lastDate + k * MINUTE_MS).toISOString().replace(".000Z", "Z");
    const reasons = ["--reason-fr", `Correction de mesure n° ${k} (npm run bench:load).`, "--reason-en", `Benchmark correction ${k} (npm run bench:load).`];
    const run = spawnSync("node_modules/.bin/tsx", ["lib/cli/data-correct.ts", edited, "--file", file, "--date", date, ...reasons], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`data:correct refused correction ${k}: ${run.stderr || run.stdout}`);
    steps.push({ file, version: JSON.parse(readFileSync(file, "utf8")).version });
    previous = file;
  }
  return steps;
}

/** Puts a step in place of the served file in one move, so the server never reads it half-written. */
export function publish(step, target) {
  const staged = `${target}.tmp`;
  copyFileSync(step.file, staged);
  renameSync(staged, target);
}

/** Resolves after how many ms `datasetUrl` serves `version` (polled every 20 ms), or undefined after `timeoutMs`. */
export async function servedAfter(datasetUrl, version, timeoutMs = 5000) {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    const served = (await (await fetch(datasetUrl)).json()).version;
    if (served === version) return Math.round(performance.now() - start);
    await new Promise((r) => setTimeout(r, 20));
  }
  return undefined;
}
