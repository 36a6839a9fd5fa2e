import { describe, expect, it } from "vitest";
import { correctionSummaries } from "../dataset/changes";
import type { Dataset } from "../dataset/schema";
import { en } from "../i18n/en";
import { fr } from "../i18n/fr";
import { formatFigureValue, formatOwner } from "../i18n/format";
import { correctedDataset, recodeCells } from "../testing/corrected";
import { rawDataset } from "../testing/fixtures";
import { readableChanges, readableText, type Readable } from "./readable";

// Every edit picks its datum from the data as it is, so the test holds whatever corrections the bundled file carries.
const base = rawDataset() as Dataset;
const safeCity = base.cells.find((c) => c.candidate === "simonnet" && c.theme === "surveillance")!;
const summarised = base.proposals[0]!;
const quoted = base.proposals[1]!;
const borrowed = base.proposals.find((p) => p.id !== quoted.id && !quoted.quotes.some((q) => q.text === p.quotes[0]!.text))!.quotes[0]!;
const attributed = base.proposals.find((p) => p.attribution.by !== "list")!;
const figure = base.figures.find((f) => f.value.kind === "single" && f.subject.kind === "candidate")!;
const moved = base.proposals.find((p) => p.kind === "stance" && !p.flagship && p.theme !== "surveillance" && !base.proposals.some((q) => q.restates === p.id))!;
const target = base.themes.find((t) => !t.contested && t.id !== moved.theme)!;
const name = (id: string) => base.candidates.find((c) => c.id === id)!.name;
const label = (id: string, lang: "fr" | "en" = "fr") => base.themes.find((t) => t.id === id)!.label[lang];

const { versions } = correctedDataset([
  {
    edit: (d) => {
      // Recode the Safe City cell as the lead's correction does: measures become stances (or back).
      const own = d.proposals.filter((p: any) => p.candidate === "simonnet" && p.theme === "surveillance");
      const toStance = own.some((p: any) => p.kind === "measure");
      own.forEach((p: any, i: number) => (p.kind = toStance ? "stance" : i === 0 ? "measure" : p.kind));
      recodeCells(d);
    },
  },
  { edit: (d) => (d.proposals[0].summary.en = `${d.proposals[0].summary.en} (reworded)`) },
  { edit: (d) => d.proposals[1].quotes.unshift(structuredClone(borrowed)) },
  { edit: (d) => (d.proposals.find((p: any) => p.id === attributed.id).attribution = { by: "list" }) },
  { edit: (d) => (d.figures.find((f: any) => f.id === figure.id).value.value += 1) },
  {
    edit: (d) => {
      d.proposals.find((p: any) => p.id === moved.id).theme = target.id;
      recodeCells(d);
    },
  },
]);
const summaries = correctionSummaries(versions);
/** The n-th of this test's corrections, after those the bundled file already carries. */
const changesOf = (n: number, locale: "fr" | "en" = "fr") => {
  const i = base.corrections.length + n - 1;
  return readableChanges(summaries[i]!, versions[i]!.dataset, versions[i + 1]!.dataset, locale);
};
const kinds = (r: Readable): string[] => (r.kind === "list" ? r.items.flatMap(kinds) : [r.kind]);

describe("readableChanges(summary, before, after, locale)", () => {
  it("reads a recoded cell's level and a proposal's kind by their labels, never as numbers or ids", () => {
    const changes = changesOf(1);
    const level = changes.find((c) => c.datum === `Case Danielle Simonnet × ${label("surveillance")}` && c.field === "Niveau codé")!;
    const after = versions[base.corrections.length + 1]!.dataset.cells.find((c) => c.candidate === "simonnet" && c.theme === "surveillance")!.level;
    expect(level).toMatchObject({ before: { kind: "text", text: `${safeCity.level} – ${fr.levels[safeCity.level as 0]}` }, after: { kind: "text", text: `${after} – ${fr.levels[after as 0]}` } });
    const kind = changes.find((c) => c.field === "Type")!;
    expect(kind.datum).toBe(`Proposition de Danielle Simonnet · ${label("surveillance")}`);
    expect([kind.before, kind.after].map((r) => (r as { text: string }).text).sort()).toEqual([fr.proposal.measure, fr.proposal.stance].sort());
  });

  it("says which language a changed summary is in, and marks the text with it", () => {
    const [change] = changesOf(2);
    expect(change).toEqual({
      datum: expect.stringContaining(name(summarised.candidate)),
      field: "Résumé (en anglais)",
      before: { kind: "text", text: summarised.summary.en, lang: "en" },
      after: { kind: "text", text: `${summarised.summary.en} (reworded)`, lang: "en" },
    });
    expect(changesOf(2, "en")[0]!.field).toBe("Summary (in English)");
  });

  it("reads a quote inserted before others as one added quote, verbatim, not as every later quote changed", () => {
    const changes = changesOf(3);
    expect(changes).toEqual([{ datum: expect.stringContaining(name(quoted.candidate)), field: "Citation ajoutée", before: { kind: "absent" }, after: { kind: "quote", quote: borrowed } }]);
  });

  it("reads an attribution as the sentence readers see, and a figure with its unit", () => {
    const [attribution] = changesOf(4);
    expect(attribution!.field).toBe("Attribution");
    // Whose position it is, never a bare name standing for it.
    expect(attribution!.after).toEqual({ kind: "text", text: fr.voice.owner.list(name(attributed.candidate)) });
    expect(attribution!.before).toEqual({ kind: "text", text: formatOwner(base, attributed.attribution, attributed.candidate, "fr") });
    expect(kinds(attribution!.before)).toEqual(["text"]);
    const [value] = changesOf(5, "en");
    const bumped = versions[base.corrections.length + 5]!.dataset.figures.find((f) => f.id === figure.id)!;
    expect(value).toMatchObject({ field: "Value", before: { text: formatFigureValue(figure, "en") }, after: { text: formatFigureValue(bumped, "en") } });
  });

  it("reads a proposal moved to another theme as its theme's labels", () => {
    const change = changesOf(6, "en").find((c) => c.field === "Theme")!;
    expect(change.before).toEqual({ kind: "text", text: label(moved.theme, "en") });
    expect(change.after).toEqual({ kind: "text", text: label(target.id, "en") });
  });

  it("never falls back to raw JSON for summaries, quotes, levels, kinds, attributions, labels or figures", () => {
    // Every correction: the bundled file's own as well as this test's.
    const all = summaries.flatMap((s, i) => readableChanges(s, versions[i]!.dataset, versions[i + 1]!.dataset, "fr").flatMap((c) => [...kinds(c.before), ...kinds(c.after)]));
    expect(all.length).toBeGreaterThan(6);
    expect(all).not.toContain("data");
  });
});

describe("readableText(value, locale)", () => {
  it("puts quotes between guillemets, joins lists, and names an absent value", () => {
    const list: Readable = { kind: "list", items: [{ kind: "text", text: "a" }, { kind: "quote", quote: { text: "b" } }] };
    expect(readableText(list, "fr")).toBe("a\u00a0; «\u00a0b\u00a0»");
    expect(readableText({ kind: "absent" }, "en")).toBe(en.corrections.absent);
  });
});
