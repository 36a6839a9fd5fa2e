import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SlideView } from "@/components/present/SlideView";
import { validateDataset } from "../dataset/check";
import type { Dataset } from "../dataset/schema";
import { getDictionary } from "../i18n";
import { brokenDataset, rawDataset } from "../testing/fixtures";
import { buildDeck } from "./deck";
import { keyQuote, talkingPoints } from "./notes";

const valid = (raw: unknown) => {
  const v = validateDataset(raw);
  if (!v.ok) throw new Error(v.problems.map((p) => p.message).join("\n"));
  return v.dataset;
};
const d = valid(rawDataset());
const slide = (dataset: Dataset, candidate: string, locale: "fr" | "en" = "fr") =>
  renderToStaticMarkup(createElement(SlideView, { dataset, slide: { kind: "candidate", candidate }, locale, idPrefix: "s" }));

describe("keyQuote(dataset, candidate)", () => {
  it("picks the candidate's own words when the article quotes them: Hidalgo's flagship, not the journalist's sentence", () => {
    const key = keyQuote(d, "hidalgo");
    expect(key?.kind).toBe("speech");
    if (key?.kind !== "speech") return;
    expect(key.speech.speaker).toEqual({ by: "candidate", candidate: "hidalgo" });
    expect(key.proposal.flagship).toBe(true);
    expect(key.quote.text).toContain(key.speech.words);
    expect(key.quote.text.length).toBeGreaterThan(key.speech.words.length);
  });

  it("falls back to a spokesperson's words when the candidate has none of their own", () => {
    const noOwn = valid(
      brokenDataset((raw) => {
        for (const p of raw.proposals) for (const q of p.quotes) if (q.speech) q.speech = q.speech.filter((s: { speaker: { by: string } }) => s.speaker.by !== "candidate") || undefined;
      }),
    );
    const key = keyQuote(noOwn, "hidalgo");
    expect(key?.kind).toBe("speech");
    if (key?.kind === "speech") expect(key.speech.speaker).toEqual({ by: "spokesperson", spokesperson: "missika" });
  });

  it("shows a passage as the article's when the candidate's camp speaks nowhere", () => {
    const silent = valid(
      brokenDataset((raw) => {
        for (const p of raw.proposals) for (const q of p.quotes) delete q.speech;
      }),
    );
    const key = keyQuote(silent, "hidalgo");
    expect(key?.kind).toBe("passage");
    const html = slide(silent, "hidalgo");
    expect(html).toContain(`data-key-quote="passage"`);
    expect(html).toContain(`${getDictionary("fr").voice.article}</figcaption>`);
    expect(html).not.toContain("— Anne Hidalgo");
  });
});

describe("SlideView for a candidate's spotlight", () => {
  it("shows the candidate's words in guillemets, captioned with the speaker, and not the journalist's sentence", () => {
    const key = keyQuote(d, "hidalgo");
    if (key?.kind !== "speech") throw new Error("expected speech");
    const html = slide(d, "hidalgo");
    expect(html).toContain(`<blockquote lang="fr">«\u00a0${key.speech.words}\u00a0»</blockquote>`);
    expect(html).toContain("<figcaption>— Anne Hidalgo</figcaption>");
    expect(html).not.toContain(key.quote.text);
  });

  it("captions a spokesperson's words with the spokesperson and role, never the candidate alone", () => {
    const key = keyQuote(d, "buzyn");
    if (key?.kind !== "speech" || key.speech.speaker.by !== "spokesperson") return; // Buzyn's camp speaks through Paul Midy today
    expect(slide(d, "buzyn", "en")).toContain("<figcaption>— Paul Midy, Agnès Buzyn’s campaign director</figcaption>");
  });
});

describe("talkingPoints(dataset, candidate slide, locale)", () => {
  it("labels every passage as the article's, lists its speech with the speaker, and states whose position it is", () => {
    const t = getDictionary("fr").voice;
    const points = talkingPoints(d, { kind: "candidate", candidate: "buzyn" }, "fr");
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) {
      expect(p.quote!.label === t.article || p.quote!.label.startsWith("L’article cite")).toBe(true);
      expect(p.owner).toMatch(/^(Position |Constat)/);
      for (const s of p.quote!.speech) expect(p.quote!.text).toContain(s.words);
    }
    const midy = points.flatMap((p) => [p.quote!.label, ...p.quote!.speech.map((s) => s.speaker)]).filter((x) => x.includes("Paul Midy"));
    expect(midy.length).toBeGreaterThan(0);
  });
});

describe("talkingPoints(…) on the keywords chart split in two", () => {
  it("states the article's finding on its part only, and says the derived counts are the dashboard's, in both languages", () => {
    const keywords = buildDeck(d).filter((s) => s.kind === "chart" && s.slug === "keywords");
    expect(keywords).toHaveLength(2);
    for (const locale of ["fr", "en"] as const) {
      const [article, derived] = keywords.map((s) => talkingPoints(d, s, locale)[0]!.text);
      expect(derived).toBe(getDictionary(locale).charts.termUsage.derivedTakeaway);
      expect(article).not.toBe(derived);
      expect(article).toMatch(/numérique/);
      expect(derived).not.toMatch(/numérique/);
    }
  });
});
