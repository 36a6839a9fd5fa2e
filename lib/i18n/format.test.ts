import { describe, expect, it } from "vitest";
import { validateDataset } from "../dataset/check";
import type { Dataset } from "../dataset/schema";
import { rawDataset } from "../testing/fixtures";
import { en } from "./en";
import { formatFigureValue, formatOwner, formatPassageLabel, formatSpeaker, formatTermClaim, spokenPassage } from "./format";
import { fr } from "./fr";

const NBSP = "\u00a0";
const validated = validateDataset(rawDataset());
const d = (validated.ok ? validated.dataset : undefined) as Dataset;

describe("formatFigureValue(d, dataset, figure, locale)", () => {
  it("prints a multiplier as ×N", () => {
    expect(formatFigureValue(d, { value: { kind: "single", value: 4 }, unit: "multiplier" }, "fr")).toBe("×4");
  });

  it("keeps options as options, never an average", () => {
    const figure = { value: { kind: "options" as const, values: [30, 60, 120], chosenBy: { fr: "chaque mairie", en: "each town hall" } }, unit: "days" as const };
    expect(formatFigureValue(d, figure, "fr")).toBe("30, 60 ou 120 jours, au choix de chaque mairie");
    expect(formatFigureValue(d, figure, "en")).toBe("30, 60 or 120 days, chosen by each town hall");
  });

  it("says 'per year' of the options, before who chooses, and contracts French « de les » and « de le »", () => {
    const chosenBy = { fr: "les conseils de quartier", en: "the neighbourhood councils" };
    const figure = { value: { kind: "options" as const, values: [6, 12], chosenBy }, unit: "days" as const, per: "year" as const };
    expect(formatFigureValue(d, figure, "fr")).toBe("6 ou 12 jours par an, au choix des conseils de quartier");
    expect(formatFigureValue(d, figure, "en")).toBe("6 or 12 days a year, chosen by the neighbourhood councils");
    expect(fr.figures.chosenBy("le conseil municipal")).toBe("au choix du conseil municipal");
    expect(fr.figures.chosenBy("la mairie")).toBe("au choix de la mairie");
    expect(fr.figures.chosenBy("l’équipe")).toBe("au choix de l’équipe");
    expect(fr.figures.chosenBy("un jury")).toBe("au choix d’un jury");
    // A name's mute H elides; a common noun's h is left alone (« de hauts fonctionnaires »).
    expect(fr.voice.owner.candidate("Hélène Aubépin", undefined)).toBe("Position d’Hélène Aubépin, selon l’article");
    expect(fr.figures.chosenBy("hauts fonctionnaires")).toBe("au choix de hauts fonctionnaires");
  });

  it("keeps a zone's value beside the general one", () => {
    const figure = { value: { kind: "zoned" as const, general: 60, zones: [{ zone: { fr: "centre de Paris", en: "central Paris" }, value: 30 }] }, unit: "days" as const };
    expect(formatFigureValue(d, figure, "fr")).toBe(`60 jours (en général)${NBSP}; 30 jours (centre de Paris)`);
    expect(formatFigureValue(d, figure, "en")).toBe("60 days (in general); 30 days (central Paris)");
  });

  it("says 'per year' only when the figure says so, and 'about' for approximations", () => {
    expect(formatFigureValue(d, { value: { kind: "single", value: 45 }, unit: "nights", per: "year" }, "fr")).toBe("45 nuitées par an");
    expect(formatFigureValue(d, { value: { kind: "single", value: 45 }, unit: "nights" }, "en")).toBe("45 nights");
    expect(formatFigureValue(d, { value: { kind: "single", value: 10000 }, unit: "start-ups", approximate: true }, "en")).toBe("about 10,000 start-ups");
  });

  it("words a unit the election declares in its presentation, in each language", () => {
    const withUnits = { presentation: { ...d.presentation, units: { "bike-lanes": { fr: "{value} km de pistes", en: "{value} km of lanes" } } } };
    expect(formatFigureValue(withUnits, { value: { kind: "single", value: 12 }, unit: "bike-lanes" }, "fr")).toBe("12 km de pistes");
    expect(formatFigureValue(withUnits, { value: { kind: "options", values: [5, 10], chosenBy: { fr: "la mairie", en: "the town hall" } }, unit: "bike-lanes" }, "en")).toBe(
      "5 or 10 km of lanes, chosen by the town hall",
    );
  });

  it("agrees a declared unit with the number through its plural forms", () => {
    const one = { value: { kind: "single" as const, value: 1 }, unit: "datasets" };
    expect(formatFigureValue(d, one, "fr")).toBe("1 jeu de données");
    expect(formatFigureValue(d, { ...one, value: { kind: "single", value: 300 } }, "fr")).toBe("300 jeux de données");
    expect(formatFigureValue(d, one, "en")).toBe("1 dataset");
  });

  it("agrees the unit with the number: French keeps 0 and 1 singular, English only 1", () => {
    const days = (value: number) => ({ value: { kind: "single" as const, value }, unit: "days" as const, per: "year" as const });
    expect(formatFigureValue(d, days(1), "fr")).toBe("1 jour par an");
    expect(formatFigureValue(d, days(0), "fr")).toBe("0 jour par an");
    expect(formatFigureValue(d, days(4), "fr")).toBe("4 jours par an");
    expect(formatFigureValue(d, days(1), "en")).toBe("1 day a year");
    expect(formatFigureValue(d, days(0), "en")).toBe("0 days a year");
    expect(formatFigureValue(d, { value: { kind: "options", values: [1, 2], chosenBy: { fr: "la mairie", en: "the town hall" } }, unit: "nights" }, "fr")).toBe(
      "1 ou 2 nuitées, au choix de la mairie",
    );
  });

  it("names the city a figure is about by the election's city, not Paris", () => {
    expect(fr.figures.city("Bourg-Imaginaire")).toBe("Ville de Bourg-Imaginaire");
    expect(fr.figures.city("Angers")).toBe("Ville d’Angers");
    expect(en.figures.city("Bourg-Imaginaire")).toBe("City of Bourg-Imaginaire");
  });

  it("prints calendar years without a thousands separator", () => {
    expect(formatFigureValue(d, { value: { kind: "single", value: 2021 }, unit: "calendar-year" }, "fr")).toBe("2021");
  });
});

describe("formatTermClaim(dataset, fact, locale)", () => {
  it("keeps an unattributed claim unattributed, and names who uses a term", () => {
    const claim = { kind: "absent-from" as const, count: 3, outOf: 6, corpus: { fr: "programmes papier officiels", en: "official paper programmes" } };
    expect(formatTermClaim(d, { term: "numérique", claim }, "fr")).toBe("« numérique » : absent de 3 des 6 programmes papier officiels. L’article ne les nomme pas.");
    expect(formatTermClaim(d, { term: "smart city", claim: { kind: "used-by", candidates: ["villani", "buzyn"] } }, "fr")).toBe("« smart city » : employé par Cédric Villani et Agnès Buzyn.");
  });
});

describe("formatSpeaker(dataset, speaker, locale)", () => {
  it("names a candidate, with the channel when the article gives one", () => {
    expect(formatSpeaker(d, { by: "candidate", candidate: "hidalgo" }, "fr")).toBe("Anne Hidalgo");
    expect(formatSpeaker(d, { by: "candidate", candidate: "simonnet", channel: "website" }, "fr")).toBe("Danielle Simonnet, sur le site du mouvement");
    expect(formatSpeaker(d, { by: "candidate", candidate: "simonnet", channel: "website" }, "en")).toBe("Danielle Simonnet, on the movement’s website");
  });

  it("names a spokesperson with the role, and never as the candidate", () => {
    expect(formatSpeaker(d, { by: "spokesperson", spokesperson: "midy" }, "fr")).toBe("Paul Midy, directeur de campagne d’Agnès Buzyn");
    expect(formatSpeaker(d, { by: "spokesperson", spokesperson: "midy" }, "en")).toBe("Paul Midy, Agnès Buzyn’s campaign director");
  });

  it("names several candidates, a list, a party with its candidate, and unnamed words", () => {
    expect(formatSpeaker(d, { by: "candidates", candidates: ["buzyn", "villani", "hidalgo"] }, "fr")).toBe("les candidats Agnès Buzyn, Cédric Villani et Anne Hidalgo");
    expect(formatSpeaker(d, { by: "candidates", candidates: ["buzyn", "villani", "hidalgo"] }, "en")).toBe("the candidates Agnès Buzyn, Cédric Villani and Anne Hidalgo");
    expect(formatSpeaker(d, { by: "list", candidate: "buzyn" }, "fr")).toBe("la liste d’Agnès Buzyn");
    expect(formatSpeaker(d, { by: "party", party: "LFI" }, "fr")).toBe("LFI, le parti de Danielle Simonnet");
    expect(formatSpeaker(d, { by: "party", party: "LFI", channel: "website" }, "en")).toBe("LFI, Danielle Simonnet’s party, on the movement’s website");
    expect(formatSpeaker(d, { by: "unnamed" }, "fr")).toBe("propos cités sans que l’article dise de qui");
    expect(formatSpeaker(d, { by: "unnamed" }, "en")).toBe("words quoted without the article saying whose");
  });
});

describe("formatPassageLabel(dataset, quote, locale)", () => {
  it("labels narration, or a passage with speech inside it, as the article's", () => {
    const quote = {
      text: "Anne Hidalgo en a fait sa principale proposition : « renverser le rapport de force »",
      speech: [{ words: "renverser le rapport de force", speaker: { by: "candidate" as const, candidate: "hidalgo" } }],
    };
    expect(formatPassageLabel(d, quote, "fr")).toBe(`L’article${NBSP}:`);
    expect(formatPassageLabel(d, { text: "Rachida Dati botte en touche" }, "en")).toBe("The article:");
  });

  it("says whom the article quotes when the passage is one person's words throughout, guillemets and final stop aside", () => {
    const words = "Nous y sommes hostiles dans les espaces publics";
    const quote = { text: `« ${words}. »`, speech: [{ words, speaker: { by: "spokesperson" as const, spokesperson: "midy" } }] };
    expect(formatPassageLabel(d, quote, "fr")).toBe(`L’article cite Paul Midy, directeur de campagne d’Agnès Buzyn${NBSP}:`);
    expect(formatPassageLabel(d, { text: words, speech: [{ words, speaker: { by: "unnamed" } }] }, "en")).toBe("The article quotes these words without saying whose:");
  });
});

describe("spokenPassage(dataset, quote, locale)", () => {
  it("labels narration as the article's and gives each speech span with its speaker", () => {
    const text = "Anne Hidalgo en a fait sa principale proposition : « renverser le rapport de force »";
    const quote = { text, speech: [{ words: "renverser le rapport de force", speaker: { by: "candidate" as const, candidate: "hidalgo" } }] };
    expect(spokenPassage(d, quote, "fr")).toEqual({ label: `L’article${NBSP}:`, text, speech: [{ words: "renverser le rapport de force", speaker: "Anne Hidalgo" }] });
    expect(spokenPassage(d, { text: "Rachida Dati botte en touche" }, "en")).toEqual({ label: "The article:", text: "Rachida Dati botte en touche", speech: [] });
  });

  it("names the speaker once, in the label, when the passage is one person's words throughout", () => {
    const words = "Nous y sommes hostiles";
    expect(spokenPassage(d, { text: words, speech: [{ words, speaker: { by: "spokesperson", spokesperson: "midy" } }] }, "fr")).toEqual({
      label: `L’article cite Paul Midy, directeur de campagne d’Agnès Buzyn${NBSP}:`,
      text: words,
      speech: [],
    });
  });
});

describe("formatOwner(dataset, attribution, candidate, locale)", () => {
  it("states the candidate's position as the article reports it", () => {
    expect(formatOwner(d, { by: "candidate" }, "hidalgo", "fr")).toBe("Position d’Anne Hidalgo, selon l’article");
    expect(formatOwner(d, { by: "candidate" }, "dati", "fr")).toBe("Position de Rachida Dati, selon l’article");
    expect(formatOwner(d, { by: "candidate" }, "hidalgo", "en")).toBe("Anne Hidalgo’s position, according to the article");
    expect(formatOwner(d, { by: "candidate", channel: "programme" }, "villani", "fr")).toBe("Position de Cédric Villani, dans son programme, selon l’article");
  });

  it("keeps the position the candidate's when a spokesperson expresses it", () => {
    expect(formatOwner(d, { by: "spokesperson", spokesperson: "missika" }, "hidalgo", "fr")).toBe(
      "Position d’Anne Hidalgo, exprimée par Jean-Louis Missika, adjoint chargé de l’urbanisme auprès d’Anne Hidalgo, selon l’article",
    );
    expect(formatOwner(d, { by: "spokesperson", spokesperson: "midy" }, "buzyn", "en")).toBe(
      "Agnès Buzyn’s position, expressed by Paul Midy, Agnès Buzyn’s campaign director, according to the article",
    );
  });

  it("names the list, the party, and the article's own findings", () => {
    expect(formatOwner(d, { by: "list" }, "buzyn", "fr")).toBe("Position de la liste d’Agnès Buzyn, selon l’article");
    expect(formatOwner(d, { by: "party", party: "LFI", channel: "website" }, "simonnet", "fr")).toBe("Position de LFI, le parti de Danielle Simonnet, sur le site du mouvement, selon l’article");
    expect(formatOwner(d, { by: "party", party: "EELV" }, "belliard", "en")).toBe("The position of EELV, David Belliard’s party, according to the article");
    expect(formatOwner(d, { by: "article" }, "hidalgo", "fr")).toBe("Constat de l’article");
    expect(formatOwner(d, { by: "article" }, undefined, "en")).toBe("The article’s own finding");
  });
});

describe("dictionaries", () => {
  it("give English every key French has", () => {
    const keys = (o: object, prefix = ""): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });
});

describe("the heatmap's takeaway", () => {
  it("lists the themes every candidate covers as a sentence does, in each language", () => {
    expect(fr.charts.heatmap.takeaway(["Inclusion", "Projets propres"], 2, 18)).toMatch(/^Seuls les thèmes Inclusion et Projets propres sont abordés/);
    expect(en.charts.heatmap.takeaway(["Inclusion", "Open data", "Start-up"], 2, 18)).toMatch(/^Only Inclusion, Open data and Start-up are covered/);
    expect(fr.charts.heatmap.takeaway(["Inclusion"], 0, 6)).toMatch(/^Seul le thème Inclusion est abordé/);
  });
});
