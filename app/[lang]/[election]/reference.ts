// What the election's reference pages (a candidate's, a theme's, the figures, the terms) share:
// which pages the build prerenders (so a page that fails to render fails the build; readers get
// them from the byte cache, like the dashboard), and the live dataset of the election a URL names.
// One added to DATASET_DIR after the build renders on request (dynamicParams in each page).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isElection, type LiveDataset, loadCatalogue, loadDataset } from "@/lib/dataset/load";
import type { Dataset } from "@/lib/dataset/schema";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n";
import { type ElectionPage, electionMetadata } from "./metadata";

/** Every election × language of the catalogue: the pages of each that the build prerenders. */
export function electionParams(): { lang: Locale; election: string }[] {
  const elections = loadCatalogue().map((entry) => entry.election);
  return LOCALES.flatMap((lang) => elections.map((election) => ({ lang, election })));
}

/** Every election × language × item (each candidate's or theme's id, under `key`). */
export function itemParams<K extends "candidate" | "theme">(key: K, items: (d: Dataset) => readonly { id: string }[]) {
  return electionParams().flatMap((p) => items(loadDataset(p.election).dataset).map((item) => ({ ...p, [key]: item.id }) as typeof p & Record<K, string>));
}

/** The live data of the election a reference page's URL names, in its language; a 404 for an unknown language or election (nothing of the URL echoed). */
export function referenceData(lang: string, election: string): { lang: Locale; live: LiveDataset } {
  if (!isLocale(lang) || !isElection(election)) notFound();
  return { lang, live: loadDataset(election) };
}

/** A reference page of an election, by kind (a candidate's or theme's with its id). */
type ReferencePageKind = Extract<ElectionPage, { page: "candidate" | "theme" }> | { page: "figures" | "terms" };

/** A reference page's metadata; none for an unknown language, election, candidate or theme (the page itself answers 404). */
export function referenceMetadata(lang: string, election: string, target: ReferencePageKind): Metadata {
  if (!isLocale(lang) || !isElection(election)) return {};
  const { dataset } = loadDataset(election);
  if (target.page === "candidate" || target.page === "theme") {
    const items = target.page === "candidate" ? dataset.candidates : dataset.themes;
    if (!items.some((item) => item.id === target.item)) return {};
  }
  return electionMetadata(lang, dataset, target);
}
