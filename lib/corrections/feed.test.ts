// The Atom feed validates: it is well-formed XML (fast-xml-parser's validator) with what RFC 4287
// requires of a feed and of its entries.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../embed/options";
import { correctedDataset } from "../testing/corrected";
import { cachedCorrectionsFeed, correctionsFeed, uuidUrn } from "./feed";

const ORIGIN = "https://charts.example.org";
const hostile = { fr: "Coquille <script>alert(1)</script> & « ]]> »", en: "Typo <b>bold</b> & ]]>" };
const { versions } = correctedDataset([
  { edit: (d) => (d.proposals[0].summary.en = `${d.proposals[0].summary.en} (reworded)`), reason: { fr: "Résumé reformulé", en: "Summary reworded" } },
  { edit: (d) => (d.figures[0].value.value += 1), reason: hostile },
]);
const corrections = versions[versions.length - 1]!.dataset.corrections;
const xml = correctionsFeed([versions], ORIGIN);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "author"].includes(name) });
const { feed } = parser.parse(xml);
/** RFC 3339 date-time, as Atom's Date constructs require. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const text = (node: unknown) => (typeof node === "object" && node !== null ? String((node as Record<string, unknown>)["#text"] ?? "") : String(node));

describe("correctionsFeed(histories, origin)", () => {
  it("is well-formed XML in the Atom namespace", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  });

  it("has RFC 4287's required feed elements: id, title, updated, an author, and a self link", () => {
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(text(feed.title)).toContain("Journal des corrections");
    expect(feed.updated).toMatch(RFC3339);
    expect(new Date(feed.updated).toISOString()).toBe(new Date(corrections[corrections.length - 1]!.date).toISOString());
    expect(feed.author[0].name).toBeTruthy();
    expect(feed.link).toContainEqual({ "@rel": "self", "@href": `${ORIGIN}/corrections.xml` });
    expect(feed.link).toContainEqual({ "@rel": "alternate", "@href": `${ORIGIN}/fr` });
  });

  it("has one entry per correction, newest first, each with a stable id, a title, dates and a link to the log", () => {
    expect(feed.entry).toHaveLength(corrections.length);
    const ids = feed.entry.map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Stable: the same on another host, and unchanged when a later correction is logged.
    expect(parser.parse(correctionsFeed([versions], "http://localhost:3000")).feed.entry.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(parser.parse(correctionsFeed([versions.slice(0, -1)], ORIGIN)).feed.entry.map((e: { id: string }) => e.id)).toEqual(ids.slice(1));
    feed.entry.forEach((entry: Record<string, any>, i: number) => {
      const n = corrections.length - i;
      expect(entry.id).toBe(uuidUrn(`paris-2020/corrections/${corrections[n - 1]!.from}/${corrections[n - 1]!.to}`));
      expect(text(entry.title)).toMatch(new RegExp(`^Paris 2020 numérique / Paris 2020 digital · Correction ${n}\\b`));
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.published).toMatch(RFC3339);
      expect(entry.link[0]["@href"]).toBe(`${ORIGIN}/fr/paris-2020/corrections#correction-${n}`);
    });
  });

  it("gives each entry's reason in both languages and its changed values, escaped", () => {
    const [latest, first] = feed.entry as Record<string, any>[];
    const html = (node: unknown) => text(node);
    expect(html(first!.summary)).toContain('<p lang="fr">Résumé reformulé</p><p lang="en">Summary reworded</p>');
    expect(html(first!.content)).toContain("Résumé (en anglais)");
    expect(html(first!.content)).toContain("(reworded)");
    expect(html(first!.content)).toContain("Summary (in English)");
    // Reasons are text, never markup: the hostile one arrives escaped, and the feed still parses.
    expect(html(latest!.summary)).toContain("Coquille &lt;script&gt;alert(1)&lt;/script&gt; &amp; « ]]&gt; »");
    expect(html(latest!.title)).not.toContain("<script>");
    expect(html(latest!.content)).toContain("Valeur");
  });

  it("gives an added passage of the article's narration under « L’article : », never in « » under a candidate's name", () => {
    // The bundled file's own corrections: the first that adds a quote with no direct speech in it.
    const n = versions.findIndex(
      (v, i) => i > 0 && v.dataset.proposals.some((p) => p.quotes.some((q) => !q.speech?.length && !versions[i - 1]!.dataset.proposals.some((o) => o.quotes.some((x) => x.text === q.text)))),
    );
    expect(n).toBeGreaterThan(0);
    const added = versions[n]!.dataset.proposals.flatMap((p) => p.quotes).find((q) => !q.speech?.length && !versions[n - 1]!.dataset.proposals.some((o) => o.quotes.some((x) => x.text === q.text)))!;
    const content = text(feed.entry.find((e: Record<string, any>) => e.link[0]["@href"].endsWith(`#correction-${n}`))!.content);
    expect(content).toContain(escapeHtml(`L’article\u00a0: ${added.text}`));
    expect(content).toContain(`The article: <span lang="fr">${escapeHtml(added.text)}</span>`);
    expect(content).not.toContain(escapeHtml(`«\u00a0${added.text}`));
  });

  it("is built once per set of dataset versions and origin", () => {
    const first = cachedCorrectionsFeed([versions], ORIGIN);
    expect(cachedCorrectionsFeed([versions], ORIGIN)).toBe(first);
    expect(first.xml).toBe(xml);
    expect(cachedCorrectionsFeed([versions], "http://localhost:3000")).not.toBe(first);
    // Another version of the data (a new correction gives the store a new array): built anew.
    expect(cachedCorrectionsFeed([[...versions]], ORIGIN)).not.toBe(first);
  });

  it("lists every election's corrections, newest first whatever the election, each entry naming its election and linking to its log", () => {
    const later = (date: string) => new Date(new Date(date).getTime() + 86_400_000).toISOString();
    // Another election's history: the same corrections, a day later, under another id and title.
    const lyon = versions.map((v) => ({
      ...v,
      dataset: {
        ...v.dataset,
        election: { ...v.dataset.election, id: "lyon-2026" },
        presentation: { ...v.dataset.presentation, shortTitle: { fr: "Lyon 2026", en: "Lyon 2026" } },
        corrections: v.dataset.corrections.map((c) => ({ ...c, date: later(c.date) })),
      },
    }));
    const entries = parser.parse(correctionsFeed([versions, lyon], ORIGIN)).feed.entry as Record<string, any>[];
    expect(entries).toHaveLength(2 * corrections.length);
    const dates = entries.map((e) => new Date(e.updated).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(text(entries[0]!.title)).toMatch(/^Lyon 2026 · Correction \d+/);
    expect(entries[0]!.link[0]["@href"]).toMatch(new RegExp(`^${ORIGIN}/fr/lyon-2026/corrections#correction-\\d+$`));
    expect(entries.filter((e) => text(e.title).startsWith("Paris 2020 numérique / Paris 2020 digital · "))).toHaveLength(corrections.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("has no entry and the publication date as its update before any correction", () => {
    const parsed = parser.parse(correctionsFeed([versions.slice(0, 1)], ORIGIN)).feed;
    expect(parsed.entry).toBeUndefined();
    expect(new Date(parsed.updated).toISOString()).toBe(new Date(versions[0]!.dataset.publishedAt).toISOString());
  });
});
