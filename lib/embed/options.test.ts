import { describe, expect, it } from "vitest";
import { embedCode, embedQuery, escapeHtml, parseEmbedOptions } from "./options";

const ids = ["hidalgo", "dati"];
const parse = (q: string) => parseEmbedOptions(new URLSearchParams(q), ids);

describe("parseEmbedOptions(params, candidates)", () => {
  it("reads lang, theme and highlight", () => {
    expect(parse("lang=en&theme=dark&highlight=dati")).toEqual({ lang: "en", theme: "dark", highlight: "dati" });
  });

  it("falls back to French, auto and no highlight for anything unknown", () => {
    expect(parse("lang=de&theme=<script>&highlight=zemmour")).toEqual({ lang: "fr", theme: "auto", highlight: undefined });
    expect(parse("")).toEqual({ lang: "fr", theme: "auto", highlight: undefined });
  });
});

describe("embedCode(origin, slug, title, options)", () => {
  it("gives a titled, lazy, full-width iframe with the sizing script", () => {
    const code = embedCode("https://example.org", "cameras", "Caméras", { lang: "en", theme: "dark" });
    expect(code).toContain('<iframe src="https://example.org/embed/cameras?lang=en&amp;theme=dark" title="Caméras" loading="lazy" width="100%"');
    expect(code).toContain("color-scheme:dark");
    expect(code).toContain('<script async src="https://example.org/embed.js"></script>');
    expect(code).toContain("<noscript>");
  });

  it("escapes a title that contains markup", () => {
    expect(embedCode("", "keywords", '"><script>', { lang: "fr", theme: "auto" })).not.toContain("<script>\"");
    expect(escapeHtml('<a href="x">')).toBe("&lt;a href=&quot;x&quot;&gt;");
    expect(embedQuery({ lang: "fr", theme: "auto" })).toBe("");
  });
});
