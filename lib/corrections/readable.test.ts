import { describe, expect, it } from "vitest";
import { correctionSummaries } from "../dataset/changes";
import type { Dataset } from "../dataset/schema";
import { en } from "../i18n/en";
import { formatFigureValue, formatOwner, formatPassageLabel } from "../i18n/format";
import { fr } from "../i18n/fr";
import { correctedDataset, recodeCells } from "../testing/corrected";
import { rawDataset } from "../testing/fixtures";
import { type Readable, type ReadableChange, readableChanges, readableRuns, readableText } from "./readable";

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
    expect(value).toMatchObject({ field: "Value", before: { text: formatFigureValue(base, figure, "en") }, after: { text: formatFigureValue(base, bumped, "en") } });
  });

  it("reads a proposal moved to another theme as its theme's labels", () => {
    const change = changesOf(6, "en").find((c) => c.field === "Theme")!;
    expect(change.before).toEqual({ kind: "text", text: label(moved.theme, "en") });
    expect(change.after).toEqual({ kind: "text", text: label(target.id, "en") });
  });

  it("reads the real move-and-rename (a proposal to another theme, with a new id) under its new id, and tells readers the move, not the id", () => {
    const n = base.corrections.findIndex((c) => c.patch.some((op) => op.op === "replace" && /^\/proposals\/\d+\/id$/.test(op.path)));
    expect(n).toBeGreaterThanOrEqual(0);
    const summary = summaries[n]!;
    const move = summary.changes.find((c) => c.field[0] === "theme")!;
    expect(move.datumAfter?.theme).not.toBe(move.datum.theme);
    for (const locale of ["fr", "en"] as const) {
      const changes = readableChanges(summary, versions[n]!.dataset, versions[n + 1]!.dataset, locale);
      const theme = changes.find((c) => c.field === (locale === "fr" ? fr : en).corrections.fields.theme)!;
      expect(theme.before).toEqual({ kind: "text", text: label(move.datum.theme!, locale) });
      expect(theme.after).toEqual({ kind: "text", text: label(move.datumAfter!.theme!, locale) });
      expect(changes.map((c) => c.field)).not.toContain("id");
      expect(changes.map((c) => c.field)).not.toContain((locale === "fr" ? fr : en).corrections.fields.id);
    }
  });

  it("reads every changed value as present on the side where the correction's versions have it, and on at least one side", () => {
    // Every correction: the bundled file's own as well as this test's, one changed value at a time.
    summaries.forEach((summary, i) => {
      const [before, after] = [versions[i]!.dataset, versions[i + 1]!.dataset];
      for (const change of summary.changes) {
        const read = readableChanges({ changes: [change] }, before, after, "fr");
        const where = `correction ${i + 1}, ${change.datum.collection} ${change.datum.id} ${change.field.join("/")}`;
        for (const c of read) expect([c.before.kind, c.after.kind], where).not.toEqual(["absent", "absent"]);
        // Quote lists are read by passage, not by position: a quote inserted first is one added quote.
        if (change.field.includes("quotes")) continue;
        // A moved datum's new id is told by the move (its theme), not as an id.
        if (change.field.join("/") === "id" && change.datumAfter) continue;
        expect(read, where).not.toEqual([]);
        if (change.before !== undefined)
          expect(
            read.some((c) => c.before.kind !== "absent"),
            where,
          ).toBe(true);
        if (change.after !== undefined)
          expect(
            read.some((c) => c.after.kind !== "absent"),
            where,
          ).toBe(true);
      }
    });
  });

  it("labels fields in words, never by the patch's raw keys", () => {
    summaries.forEach((summary, i) => {
      const changes = readableChanges(summary, versions[i]!.dataset, versions[i + 1]!.dataset, "fr");
      const keys = new Set(summary.changes.flatMap((c) => c.field.filter((k): k is string => typeof k === "string")));
      for (const c of changes) expect(keys.has(c.field), `correction ${i + 1}: ${c.field}`).toBe(false);
    });
  });

  it("never falls back to raw JSON for summaries, quotes, levels, kinds, attributions, labels or figures", () => {
    // Every correction: the bundled file's own as well as this test's.
    const all = summaries.flatMap((s, i) => readableChanges(s, versions[i]!.dataset, versions[i + 1]!.dataset, "fr").flatMap((c) => [...kinds(c.before), ...kinds(c.after)]));
    expect(all.length).toBeGreaterThan(6);
    expect(all).not.toContain("data");
  });
});

/** Every quote a correction's readings show, with the version it comes from. */
const quotesRead = summaries.flatMap((summary, i) => {
  const [before, after] = [versions[i]!.dataset, versions[i + 1]!.dataset];
  const quotes = (r: Readable): Extract<Readable, { kind: "quote" }>[] => (r.kind === "list" ? r.items.flatMap(quotes) : r.kind === "quote" ? [r] : []);
  return readableChanges(summary, before, after, "fr").flatMap((c: ReadableChange) => [...quotes(c.before).map((q) => ({ q, d: before })), ...quotes(c.after).map((q) => ({ q, d: after }))]);
});

describe("readableText(value, dataset, locale)", () => {
  it("gives the article's narration under « L’article : », never under a candidate's name (the real corrections' quotes)", () => {
    const narration = quotesRead.filter(({ q }) => !q.quote.speech?.length);
    expect(narration.length).toBeGreaterThan(0);
    for (const { q, d } of narration) {
      expect(readableText(q, d, "fr")).toBe(`L’article\u00a0: ${q.quote.text}`);
      expect(readableText(q, d, "en")).toBe(`The article: ${q.quote.text}`);
    }
  });

  it("labels each passage as the article's (or as the one speaker's it quotes throughout) and gives each speech span with its speaker", () => {
    const spoken = quotesRead.filter(({ q }) => q.quote.speech?.length);
    expect(spoken.length).toBeGreaterThan(0);
    for (const { q, d } of spoken) {
      const text = readableText(q, d, "fr");
      expect(text.startsWith(`${formatPassageLabel(d, q.quote, "fr")} ${q.quote.text}`)).toBe(true);
      if (formatPassageLabel(d, q.quote, "fr") === fr.voice.article) for (const s of q.quote.speech!) expect(text).toContain(`${fr.voice.quoted(s.words)} — `);
    }
    const quote = {
      text: "Anne Hidalgo en a fait sa principale proposition : « renverser le rapport de force »",
      speech: [{ words: "renverser le rapport de force", speaker: { by: "candidate" as const, candidate: "hidalgo" } }],
    };
    expect(readableText({ kind: "quote", quote }, base, "fr")).toBe(`L’article\u00a0: ${quote.text} (${fr.voice.quoted("renverser le rapport de force")} — Anne Hidalgo)`);
  });

  it("marks the article's French in another page language, and joins lists", () => {
    expect(readableRuns({ kind: "quote", quote: { text: "Rachida Dati botte en touche" } }, base, "en")).toEqual([{ text: "The article: " }, { text: "Rachida Dati botte en touche", lang: "fr" }]);
    const list: Readable = {
      kind: "list",
      items: [
        { kind: "text", text: "a" },
        { kind: "quote", quote: { text: "b" } },
      ],
    };
    expect(readableText(list, base, "fr")).toBe("a\u00a0; L’article\u00a0: b");
    expect(readableText({ kind: "absent" }, base, "en")).toBe(en.corrections.absent);
  });
});
