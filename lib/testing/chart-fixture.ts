// A small, hand-written, obviously fictional election for the chart kinds' tests and SVG
// snapshots: three candidates, three themes (one contested), two measures, two term-usage facts.
// Written here rather than cut from the real data, so that a correction of the real data never
// rewrites a snapshot; it passes validateDataset like any data file.
import type { Dataset } from "../dataset/schema";

const text = (fr: string, en: string) => ({ fr, en });
const quote = (t: string) => ({ text: t });

/** Each call returns a fresh copy, so a test may change it. */
export function chartFixture(): Dataset {
  return {
    schemaVersion: 2,
    version: "0123456789ab",
    publishedAt: "2030-01-15T09:00:00+01:00",
    corrections: [],
    election: {
      id: "ville-exemple-2030",
      city: "Ville-Exemple",
      office: text("maire de Ville-Exemple", "mayor of Ville-Exemple"),
      rounds: [{ number: 1, date: "2030-03-10" }],
      quotes: [quote("les élections municipales de Ville-Exemple auront lieu le 10 mars 2030")],
    },
    source: {
      kind: "press-article",
      language: "fr",
      citation: text("« Les programmes d’Exemple », La Gazette fictive", "“The Exemple programmes”, La Gazette fictive (in French)"),
      title: "Les programmes d’Exemple",
      outlet: "La Gazette fictive",
      author: null,
      publishedOn: "2030-01-10",
      writtenBefore: "2030-01-10",
      note: text("Un article inventé pour les tests.", "An invented article, for tests."),
    },
    candidates: [
      { id: "martin", name: "Alice Martin", spellings: ["Alice Martin"], party: { code: "PA" }, affiliation: text("Parti A", "Party A"), role: text("conseillère", "councillor"), quotes: [quote("Alice Martin, conseillère sortante")] },
      { id: "petit", name: "Bruno Petit", spellings: ["Bruno Petit"], party: null, affiliation: text("sans étiquette", "independent"), role: text("entrepreneur", "entrepreneur"), quotes: [quote("Bruno Petit, entrepreneur")] },
      { id: "durand", name: "Chloé Durand", spellings: ["Chloé Durand"], party: { code: "PB" }, affiliation: text("Parti B", "Party B"), role: text("députée", "MP"), quotes: [quote("Chloé Durand, députée")] },
    ],
    spokespeople: [],
    themes: [
      { id: "cycling", label: text("Pistes cyclables", "Cycle lanes"), shortLabel: text("Vélo", "Cycling"), description: text("Les pistes cyclables.", "Cycle lanes."), sectionQuote: "Le vélo d’abord", contested: false, quotes: [] },
      { id: "wifi", label: text("Wifi public", "Public wifi"), shortLabel: text("Wifi", "Wifi"), description: text("Le wifi gratuit.", "Free wifi."), sectionQuote: "Du wifi partout", contested: false, quotes: [] },
      { id: "drones", label: text("Drones de surveillance", "Surveillance drones"), shortLabel: text("Drones", "Drones"), description: text("Les drones de la police municipale.", "Municipal police drones."), sectionQuote: "Des drones dans le ciel", contested: true, quotes: [] },
    ],
    cells: [
      { candidate: "martin", theme: "cycling", level: 3 },
      { candidate: "martin", theme: "wifi", level: 1 },
      { candidate: "martin", theme: "drones", level: 1, stance: "against" },
      { candidate: "petit", theme: "cycling", level: 2 },
      { candidate: "petit", theme: "wifi", level: 0 },
      { candidate: "petit", theme: "drones", level: 1, stance: "conditional" },
      { candidate: "durand", theme: "cycling", level: 0 },
      { candidate: "durand", theme: "wifi", level: 2 },
      { candidate: "durand", theme: "drones", level: 0, stance: "not-mentioned" },
    ],
    proposals: [
      { id: "martin-lanes", candidate: "martin", theme: "cycling", kind: "measure", flagship: true, summary: text("Doubler les pistes cyclables.", "Double the cycle lanes."), quotes: [quote("Alice Martin veut doubler les pistes à vélo, sa proposition phare")], attribution: { by: "candidate" } },
      { id: "martin-wifi", candidate: "martin", theme: "wifi", kind: "stance", summary: text("Pour plus de wifi.", "For more wifi."), quotes: [quote("elle souhaite « plus de wifi, et des vélos »")], attribution: { by: "candidate" } },
      { id: "martin-drones", candidate: "martin", theme: "drones", kind: "stance", summary: text("Contre les drones.", "Against drones."), quotes: [quote("Alice Martin refuse les drones")], attribution: { by: "candidate" } },
      { id: "petit-lanes", candidate: "petit", theme: "cycling", kind: "measure", summary: text("Un parking à vélos par gare.", "A bike park at every station."), quotes: [quote("Bruno Petit promet un parking à vélos par gare")], attribution: { by: "candidate" } },
      { id: "petit-drones", candidate: "petit", theme: "drones", kind: "stance", summary: text("Des drones, sous conditions.", "Drones, under conditions."), quotes: [quote("des drones, oui, mais encadrés")], attribution: { by: "candidate" } },
      { id: "durand-wifi", candidate: "durand", theme: "wifi", kind: "measure", summary: text("Le wifi dans chaque bibliothèque.", "Wifi in every library."), quotes: [quote("Chloé Durand installera le wifi dans chaque bibliothèque")], attribution: { by: "candidate" } },
    ],
    measures: [
      { id: "wifi-hotspots", label: text("Bornes wifi", "Wifi hotspots") },
      { id: "library-hours", label: text("Heures d’ouverture des bibliothèques", "Library opening hours") },
    ],
    figures: [
      { id: "fig-hotspots-martin", subject: { kind: "candidate", candidate: "martin" }, measure: "wifi-hotspots", value: { kind: "single", value: 3 }, unit: "multiplier", quotes: [quote("Alice Martin veut tripler les bornes")], attribution: { by: "candidate" } },
      {
        id: "fig-hotspots-petit",
        subject: { kind: "candidate", candidate: "petit" },
        measure: "wifi-hotspots",
        value: { kind: "options", values: [2, 4], chosenBy: text("chaque quartier", "each neighbourhood") },
        unit: "multiplier",
        doubts: [text("L’article ne dit pas quand.", "The article does not say when.")],
        quotes: [quote("Bruno Petit doublerait ou quadruplerait les bornes, selon les quartiers")],
        attribution: { by: "candidate" },
      },
      { id: "fig-hours-durand", subject: { kind: "candidate", candidate: "durand" }, measure: "library-hours", value: { kind: "zoned", general: 60, zones: [{ zone: text("centre", "centre"), value: 80 }] }, unit: "points", quotes: [quote("Chloé Durand ouvrirait les bibliothèques 60 heures, 80 au centre")], attribution: { by: "candidate" } },
    ],
    termUsage: [
      { id: "term-transition", term: "transition", claim: { kind: "absent-from", count: 1, outOf: 3, corpus: text("professions de foi", "election manifestos") }, quotes: [quote("le mot « transition » manque à une des trois professions de foi")], attribution: { by: "article" } },
      { id: "term-gentle-city", term: "ville douce", claim: { kind: "used-by", candidates: ["martin"] }, quotes: [quote("la « ville douce » d’Alice Martin")], attribution: { by: "article" } },
    ],
    presentation: {
      title: text("Ville-Exemple 2030", "Ville-Exemple 2030"),
      shortTitle: text("Exemple 2030", "Exemple 2030"),
      description: text("Une élection inventée.", "An invented election."),
      lead: text("Trois candidats, trois thèmes.", "Three candidates, three themes."),
      charts: [
        { slug: "grid", kind: "heatmap", title: text("Qui parle de quoi", "Who talks about what"), description: text("Les thèmes de chaque candidat.", "Each candidate's themes."), notes: [text("Niveaux codés.", "Coded levels.")] },
        {
          slug: "hotspots",
          kind: "figure-bars",
          measure: "wifi-hotspots",
          stanceTheme: "drones",
          valueColumn: text("Bornes wifi", "Wifi hotspots"),
          reference: { value: 1, label: text("aujourd’hui (×1)", "today (×1)") },
          title: text("Combien de bornes wifi ?", "How many wifi hotspots?"),
          takeaway: text(
            "{count|Aucun candidat ne chiffre les bornes|Un candidat chiffre les bornes : {values}|# candidats chiffrent les bornes : {values}}{missing||, un autre non|, # autres non}.",
            "{count|No candidate puts a figure on hotspots|One candidate puts a figure on hotspots: {values}|# candidates put a figure on hotspots: {values}}{missing||, one does not|, # do not}.",
          ),
          description: text("Barres du facteur de multiplication des bornes.", "Bars of the hotspot multiplier."),
          notes: [text("Facteurs tels que l’article les donne.", "Multipliers as the article gives them.")],
        },
        {
          slug: "words",
          kind: "term-usage",
          title: text("Les mots", "The words"),
          description: text("Ce que l’article dit des mots.", "What the article says about words."),
          keywords: [
            { keyword: "vélo", pattern: "vélos?", ignoreCase: true },
            { keyword: "wifi", pattern: "wifi", ignoreCase: true },
          ],
          notes: [text("Comptes dérivés des citations.", "Counts derived from the quotes.")],
        },
      ],
    },
  };
}
