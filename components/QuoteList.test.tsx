import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/dataset/check";
import type { Dataset, QuoteRecord } from "@/lib/dataset/schema";
import { fr } from "@/lib/i18n/fr";
import { rawDataset } from "@/lib/testing/fixtures";
import { CellBody } from "./CellPositions";
import { ProposalItem } from "./ProposalItem";
import { QuoteList } from "./QuoteList";

const validated = validateDataset(rawDataset());
const d = (validated.ok ? validated.dataset : undefined) as Dataset;
const html = (quotes: QuoteRecord[], locale: "fr" | "en" = "fr") => renderToStaticMarkup(<QuoteList dataset={d} quotes={quotes} locale={locale} label="Citations" />);
/** The page's text, tags dropped, as a reader sees it. */
const text = (markup: string) => markup.replace(/<[^>]+>/g, "");

describe("QuoteList", () => {
  const passage = "Anne Hidalgo en a fait sa principale proposition : « renverser le rapport de force » via une conférence";
  const quote: QuoteRecord = { text: passage, speech: [{ words: "renverser le rapport de force", speaker: { by: "candidate", candidate: "hidalgo" } }] };

  it("labels the passage as the article's, keeps it verbatim in French, marks the speech inside it, and sets it apart with its speaker", () => {
    const out = html([quote]);
    expect(out).toMatch(/<figcaption[^>]*>L’article\u00a0:<\/figcaption>/);
    const blockquote = out.match(/<blockquote lang="fr"[^>]*>([\s\S]*?)<\/blockquote>/)![1]!;
    expect(text(blockquote)).toBe(passage);
    expect(blockquote).toMatch(/<span[^>]*data-speech=""[^>]*>renverser le rapport de force<\/span>/);
    expect(text(out)).toContain("«\u00a0renverser le rapport de force\u00a0» — Anne Hidalgo");
  });

  it("says 'The article:' in English, the passage still in French", () => {
    expect(html([quote], "en")).toMatch(/<figcaption[^>]*>The article:<\/figcaption><blockquote lang="fr"/);
  });

  it("prints a passage that is one person's words throughout once, under 'L’article cite …'", () => {
    const words = "normalement quand on fait les choses bien, on peut anonymiser ces données";
    const out = html([{ text: words, speech: [{ words, speaker: { by: "spokesperson", spokesperson: "midy" } }] }]);
    expect(text(out)).toBe(`L’article cite Paul Midy, directeur de campagne d’Agnès Buzyn\u00a0:${words}`);
  });

  it("names no speaker under narration", () => {
    expect(text(html([{ text: "Rachida Dati botte en touche sur ce sujet" }]))).toBe("L’article\u00a0:Rachida Dati botte en touche sur ce sujet");
  });
});

describe("ProposalItem and CellBody", () => {
  it("state the position's owner apart, and never print 'Source : <candidate>'", () => {
    for (const p of d.proposals.filter((x) => x.candidate === "hidalgo")) {
      const out = text(renderToStaticMarkup(<ProposalItem dataset={d} proposal={p} locale="fr" />));
      // Hers, or her list's (« celle d’Anne Hidalgo estime »): never a bare name as the source.
      expect(out).toMatch(/Position (de la liste )?d’Anne Hidalgo,[^.]*selon l’article/);
      expect(out).not.toMatch(/Source\s*:/);
    }
  });

  it("link a restatement to the proposal first recorded, on its theme's page, saying it is counted once", () => {
    const original = d.proposals.find((p) => p.id === "buzyn-startups-diversity")!;
    const restating = { ...d.proposals.find((p) => p.candidate === "buzyn" && p.theme === "own-projects")!, restates: original.id };
    const out = renderToStaticMarkup(<ProposalItem dataset={d} proposal={restating} locale="fr" />);
    expect(out).toContain(`href="/fr/paris-2020/themes/${original.theme}#proposal-${original.id}"`);
    const label = d.themes.find((t) => t.id === original.theme)!.label.fr;
    expect(text(out)).toContain(`Même proposition que sous «\u00a0${label}\u00a0»\u00a0: comptée une fois`);
  });

  it("show a theme's statement about all candidates on a silent cell, as the article's", () => {
    const silent = d.cells.find((c) => c.level === 0)!;
    const about = "Généralement, tous les candidats ont leurs idées";
    const withAbout: Dataset = { ...d, themes: d.themes.map((t) => (t.id === silent.theme ? { ...t, aboutAll: { summary: { fr: "Tous.", en: "All." }, quotes: [{ text: about }] } } : t)) };
    const out = text(renderToStaticMarkup(<CellBody dataset={withAbout} candidate={silent.candidate} theme={silent.theme} locale="fr" anchors={false} />));
    expect(out).toContain("Non mentionné par l’article");
    expect(out).toContain(`L’article\u00a0:${about}`);
    expect(out).toContain("Constat de l’article sur tous les candidats");
    expect(out).not.toContain("Position d");
    const named = text(renderToStaticMarkup(<CellBody dataset={d} candidate={silent.candidate} theme={silent.theme} locale="fr" anchors={false} />));
    expect(named).not.toContain(about);
  });

  it("print no digit beside a silent cell's words (not mentioned is not a zero), and the level's digit beside the others", () => {
    const badge = (c: { candidate: string; theme: string }) => {
      const out = renderToStaticMarkup(<CellBody dataset={d} candidate={c.candidate} theme={c.theme} locale="fr" anchors={false} />);
      return text(out.match(/<span[^>]*data-level="\d"[^>]*>([\s\S]*?)<\/span><\/p>/)![0]);
    };
    expect(badge(d.cells.find((c) => c.level === 0)!)).toBe("Niveau codé\u00a0: Non mentionné par l’article");
    const coded = d.cells.find((c) => c.level > 0)!;
    expect(badge(coded)).toBe(`Niveau codé\u00a0: ${coded.level}${fr.levels[coded.level as 1]}`);
  });
});
