// Test helpers: the fictional fixture election (e2e/fixtures/elections/, never bundled, never in a
// production build), and temporary DATASET_DIR folders holding it beside Paris, for tests that
// need a catalogue of more than one election.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { contentOf, versionOf } from "../dataset/history";
import type { Dataset } from "../dataset/schema";
import { DATASET_FILE } from "./fixtures";

/** The fixture election's id: its file's name. */
export const FIXTURE_ELECTION = "bourg-imaginaire-2031";

/** The folder of test-only election files. */
export const FIXTURE_ELECTIONS_DIR = path.join(process.cwd(), "e2e", "fixtures", "elections");

/** The fixture election's dataset file. */
export const FIXTURE_FILE = path.join(FIXTURE_ELECTIONS_DIR, `${FIXTURE_ELECTION}.json`);

/** The invented article every quote of the fixture is verbatim in (`npm run data:check -- FILE --source ARTICLE`). */
export const FIXTURE_ARTICLE = path.join(FIXTURE_ELECTIONS_DIR, `${FIXTURE_ELECTION}.article.txt`);

/** The fixture's chart slugs, in its presentation's order: none of them is one of Paris's. */
export const FIXTURE_CHARTS = { heatmap: "grille", figureBars: "journees-sans-voiture", termUsage: "mots" } as const;

/** The fixture election file, parsed but not validated (a fresh copy each call). */
export function rawFixtureElection(): Record<string, any> {
  return JSON.parse(readFileSync(FIXTURE_FILE, "utf8"));
}

/**
 * A valid copy of the fixture under another id, first published with the given rounds' dates: its
 * corrections log emptied and its version recomputed (a log's versions hash the old id).
 */
export function fixtureElectionAs(id: string, roundDates: readonly string[] = []): Record<string, any> {
  const d = rawFixtureElection();
  d.election.id = id;
  roundDates.forEach((date, i) => (d.election.rounds[i].date = date));
  d.corrections = [];
  d.version = versionOf(contentOf(d as Dataset));
  return d;
}

/**
 * A folder to use as DATASET_DIR: Paris's bundled file and the fixture election, each under its id,
 * plus any further files given (`{id}.json` → content). A new temporary folder, or `into` (created
 * if need be, its files of the same names overwritten: a browser-test server's fixed folder).
 */
export function twoElectionDatasetDir(extra: Record<string, unknown> = {}, into?: string): string {
  const dir = into ?? mkdtempSync(path.join(tmpdir(), "elections-"));
  mkdirSync(dir, { recursive: true });
  copyFileSync(DATASET_FILE, path.join(dir, "paris-2020.json"));
  copyFileSync(FIXTURE_FILE, path.join(dir, `${FIXTURE_ELECTION}.json`));
  for (const [name, content] of Object.entries(extra)) writeFileSync(path.join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return dir;
}
