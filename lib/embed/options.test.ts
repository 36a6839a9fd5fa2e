import { describe, expect, it } from "vitest";
import { embedCode, embedQuery, escapeHtml, parseEmbedOptions, parseVersionParam } from "./options";

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

describe("parseVersionParam(params) and the v option", () => {
  const version = (q: string) => parseVersionParam(new URLSearchParams(q));

  it("reads no v as the latest data and a well-formed v as a pinned version", () => {
    expect(version("lang=en")).toEqual({ kind: "latest" });
    expect(version("v=5b1a38560827")).toEqual({ kind: "pinned", version: "5b1a38560827" });
    expect(parse("v=5b1a38560827&lang=en")).toEqual({ lang: "en", theme: "auto", highlight: undefined, version: "5b1a38560827" });
  });

  it("calls malformed what is asked for but is no version id: empty, repeated, upper-case, too long, markup", () => {
    for (const q of ["v=", "v=5b1a38560827&v=5b1a38560827", "v=5B1A38560827", "v=5b1a385608270", "v=%3Cscript%3E", "v=../../etc"]) {
      expect(version(q), q).toEqual({ kind: "malformed" });
      expect(parse(q).version, q).toBeUndefined();
    }
  });

  it("keeps v in the query string, last, so links from a pinned embed stay pinned", () => {
    expect(embedQuery({ lang: "en", theme: "dark", version: "5b1a38560827" })).toBe("?lang=en&theme=dark&v=5b1a38560827");
    expect(embedQuery({ lang: "fr", theme: "auto", version: "5b1a38560827" })).toBe("?v=5b1a38560827");
  });
});

describe("embedCode(origin, election, slug, title, options, height)", () => {
  it("pins the iframe to a version when asked, and only then", () => {
    expect(embedCode("https://example.org", "paris-2020", "cameras", "C", { lang: "fr", theme: "auto", version: "5b1a38560827" }, 600)).toContain(
      'src="https://example.org/embed/paris-2020/cameras?v=5b1a38560827"',
    );
    expect(embedCode("https://example.org", "paris-2020", "cameras", "C", { lang: "fr", theme: "auto" }, 600)).not.toContain("v=");
  });

  it("gives a titled, lazy, full-width iframe with the sizing script", () => {
    const code = embedCode("https://example.org", "paris-2020", "cameras", "Caméras", { lang: "en", theme: "dark" }, 560);
    expect(code).toContain('<iframe src="https://example.org/embed/paris-2020/cameras?lang=en&amp;theme=dark" title="Caméras" loading="lazy" width="100%"');
    expect(code).toContain("color-scheme:dark");
    expect(code).toContain('height="560"');
    expect(code).toContain('<script async src="https://example.org/embed.js"></script>');
    expect(code).toContain("<noscript>");
  });

  it("escapes a title that contains markup", () => {
    expect(embedCode("", "paris-2020", "keywords", '"><script>', { lang: "fr", theme: "auto" }, 600)).not.toContain('<script>"');
    expect(escapeHtml('<a href="x">')).toBe("&lt;a href=&quot;x&quot;&gt;");
    expect(embedQuery({ lang: "fr", theme: "auto" })).toBe("");
  });
});
