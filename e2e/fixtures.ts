// What the browser tests compare the pages with: the dataset file itself.
import { readFileSync } from "node:fs";
import path from "node:path";

/** A passage of the article, with the words it puts in someone's mouth (schema 2). */
export interface QuoteShape {
  text: string;
  speech?: { words: string; speaker: { by: string; candidate?: string; spokesperson?: string } }[];
}

export interface DatasetShape {
  corrections: { from: string; to: string }[];
  election: { rounds: { number: number; date: string; asAnnounced?: boolean }[] };
  candidates: { id: string; name: string }[];
  spokespeople: { id: string; name: string; for: string }[];
  themes: { id: string; aboutAll?: { quotes: QuoteShape[] } }[];
  cells: { candidate: string; theme: string; level: number }[];
  proposals: { id: string; candidate: string; theme: string; quotes: QuoteShape[] }[];
  figures: { id: string; measure: string; subject: { kind: string; candidate?: string }; quotes: QuoteShape[] }[];
  termUsage: { id: string }[];
}

/** The bundled dataset, read the way the server reads it. */
export const dataset: DatasetShape = JSON.parse(readFileSync(path.join(process.cwd(), "data", "elections", "paris-2020.json"), "utf8"));

export const LANGS = ["fr", "en"] as const;

/**
 * The in-page links of a page (charts' marks, tables, lists: `href="#…"`, HTML or SVG) whose target
 * id the page does not have: a mark that would lead nowhere instead of to its quotes. [] when every one lands.
 */
export async function danglingAnchors(page: import("@playwright/test").Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("a[href^='#']")].map((a) => decodeURIComponent((a.getAttribute("href") ?? "#").slice(1))).filter((id) => id !== "" && !document.getElementById(id)),
  );
}
