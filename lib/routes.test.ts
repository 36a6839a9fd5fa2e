// The URL builders and the parsers of paths with (or, legacy, without) an election in them.
import { describe, expect, it } from "vitest";
import {
  candidateHref,
  chartFileHref,
  correctionsHref,
  dashboardHref,
  datasetHref,
  datasetStatusHref,
  datumHref,
  datumId,
  embedHref,
  figuresHref,
  legacyPageTarget,
  type PagePath,
  pageHref,
  parseChartFilePath,
  parseEmbedPath,
  parseEmbedPathname,
  parsePagePath,
  presentHref,
  reservedElectionId,
  termsHref,
  themeHref,
} from "./routes";

const LEGACY = "paris-2020";

describe("the builders", () => {
  it("put the election in every page, embed, download and data URL", () => {
    expect(dashboardHref("fr", "lyon-2026", "?highlight=x", "charts")).toBe("/fr/lyon-2026?highlight=x#charts");
    expect(presentHref("en", "lyon-2026", "?slide=3")).toBe("/en/lyon-2026/present?slide=3");
    expect(correctionsHref("fr", "lyon-2026", 2)).toBe("/fr/lyon-2026/corrections#correction-2");
    expect(embedHref("lyon-2026", "cameras", "?lang=en")).toBe("/embed/lyon-2026/cameras?lang=en");
    expect(chartFileHref("lyon-2026", "cameras", "csv")).toBe("/charts/lyon-2026/cameras.csv");
    expect(datasetHref("lyon-2026", "5b1a38560827")).toBe("/api/elections/lyon-2026/dataset?v=5b1a38560827");
    expect(datasetStatusHref("lyon-2026", "en")).toBe("/api/elections/lyon-2026/dataset/status?lang=en");
  });
});

describe("parseEmbedPath(segments, legacyElection)", () => {
  it("reads /embed/{election}/{chart}, and the legacy /embed/{chart} as the legacy election's", () => {
    expect(parseEmbedPath(["lyon-2026", "cameras"], LEGACY)).toEqual({ election: "lyon-2026", chart: "cameras" });
    expect(parseEmbedPath(["theme-heatmap"], LEGACY)).toEqual({ election: LEGACY, chart: "theme-heatmap" });
  });

  it("refuses any other shape: no segment, three, empty or non-slug ones", () => {
    for (const segments of [[], ["a", "b", "c"], [""], ["paris-2020", ""], ["<script>"], ["Paris", "cameras"], ["a--b"], ["..", "cameras"]]) {
      expect(parseEmbedPath(segments, LEGACY), JSON.stringify(segments)).toBeUndefined();
    }
  });
});

describe("parseEmbedPathname(pathname, legacyElection)", () => {
  it("reads an embed's whole pathname, new or legacy, and nothing else", () => {
    expect(parseEmbedPathname("/embed/lyon-2026/cameras", LEGACY)).toEqual({ election: "lyon-2026", chart: "cameras" });
    expect(parseEmbedPathname("/embed/cameras", LEGACY)).toEqual({ election: LEGACY, chart: "cameras" });
    for (const path of ["/embed/", "/embed", "/fr/embed/cameras", "/embed/a/b/c", "/charts/cameras.svg"]) expect(parseEmbedPathname(path, LEGACY), path).toBeUndefined();
  });
});

describe("parseChartFilePath(segments, legacyElection)", () => {
  it("reads /charts/{election}/{chart}.{format}, and the legacy /charts/{chart}.{format}", () => {
    expect(parseChartFilePath(["lyon-2026", "rental-caps.png"], LEGACY)).toEqual({ election: "lyon-2026", chart: "rental-caps", format: "png" });
    expect(parseChartFilePath(["keywords.csv"], LEGACY)).toEqual({ election: LEGACY, chart: "keywords", format: "csv" });
  });

  it("refuses unknown formats, missing names and any other shape", () => {
    for (const segments of [["cameras.pdf"], ["cameras"], [".svg"], ["cameras.svg.svg"], ["paris-2020", "x", "cameras.svg"], ["<b>.svg"], []]) {
      expect(parseChartFilePath(segments, LEGACY), JSON.stringify(segments)).toBeUndefined();
    }
  });
});

describe("parsePagePath(pathname)", () => {
  it("names the catalogue, an election's dashboard, presenter and log", () => {
    expect(parsePagePath("/fr")).toEqual({ page: "catalogue", lang: "fr" });
    expect(parsePagePath("/en/lyon-2026")).toEqual({ page: "dashboard", lang: "en", election: "lyon-2026" });
    expect(parsePagePath("/fr/lyon-2026/present")).toEqual({ page: "present", lang: "fr", election: "lyon-2026" });
    expect(parsePagePath("/fr/lyon-2026/corrections")).toEqual({ page: "corrections", lang: "fr", election: "lyon-2026" });
  });

  it("names an election's reference pages: figures, terms, one candidate, one theme", () => {
    expect(parsePagePath(figuresHref("fr", "lyon-2026"))).toEqual({ page: "figures", lang: "fr", election: "lyon-2026" });
    expect(parsePagePath(termsHref("en", "lyon-2026"))).toEqual({ page: "terms", lang: "en", election: "lyon-2026" });
    expect(parsePagePath(candidateHref("fr", "lyon-2026", "dati"))).toEqual({ page: "candidate", lang: "fr", election: "lyon-2026", item: "dati" });
    expect(parsePagePath(themeHref("en", "lyon-2026", "open-data"))).toEqual({ page: "theme", lang: "en", election: "lyon-2026", item: "open-data" });
    for (const path of [
      "/fr/lyon-2026/candidates",
      "/fr/lyon-2026/themes/",
      "/fr/lyon-2026/candidates/Dati",
      "/fr/lyon-2026/figures/x",
      "/fr/lyon-2026/present/x",
      "/fr/lyon-2026/toString/x",
      "/fr/lyon-2026/candidates/a/b",
    ]) {
      expect(parsePagePath(path), path).toBeUndefined();
    }
  });

  it("is undefined for the legacy pages (never an election id), other languages and shapes", () => {
    for (const path of ["/", "/de", "/de/lyon-2026", "/fr/present", "/fr/corrections", "/fr/", "/fr/Lyon", "/fr/lyon-2026/nowhere", "/fr/lyon-2026/present/x", "/api/dataset", "fr/lyon-2026"]) {
      expect(parsePagePath(path), path).toBeUndefined();
    }
  });
});

describe("legacyPageTarget(pathname, search, legacyElection)", () => {
  it("sends the legacy presenter and log to the legacy election's, the query kept", () => {
    expect(legacyPageTarget("/en/present", "?slide=3&view=notes", LEGACY)).toBe("/en/paris-2020/present?slide=3&view=notes");
    expect(legacyPageTarget("/fr/corrections", "", LEGACY)).toBe("/fr/paris-2020/corrections");
  });

  it("sends /{lang} with a dashboard view in its query (an old shared link) to the legacy election's dashboard", () => {
    expect(legacyPageTarget("/fr", "?cell=dati.surveillance", LEGACY)).toBe("/fr/paris-2020?cell=dati.surveillance");
    for (const param of ["highlight=dati", "hide=villani", "v=5b1a38560827", "filter=1&show=dati"]) {
      expect(legacyPageTarget("/en", `?${param}`, LEGACY), param).toBe(`/en/paris-2020?${param}`);
    }
  });

  it("drops an oversized query rather than send it back in a header", () => {
    expect(legacyPageTarget("/fr", `?highlight=${"A".repeat(5000)}`, LEGACY)).toBe("/fr/paris-2020");
    expect(legacyPageTarget("/en/present", `?slide=${"9".repeat(5000)}`, LEGACY)).toBe("/en/paris-2020/present");
  });

  it("leaves alone /{lang} without a view (the catalogue), the new paths and anything else", () => {
    for (const [path, search] of [
      ["/fr", ""],
      ["/fr", "?utm_source=x"],
      ["/fr/paris-2020", "?cell=a.b"],
      ["/fr/paris-2020/present", ""],
      ["/de/present", ""],
      ["/fr/present/x", ""],
      ["/", "?cell=a.b"],
    ] as const) {
      expect(legacyPageTarget(path, search, LEGACY), `${path}${search}`).toBeUndefined();
    }
  });
});

describe("reservedElectionId(id)", () => {
  it("refuses the ids the URLs already use, saying which URL each would be read as", () => {
    expect(reservedElectionId("present")).toMatch(/^\/\{lang\}\/present is the presenter of the election whose URLs predate/);
    expect(reservedElectionId("corrections")).toMatch(/^\/\{lang\}\/corrections is the corrections log/);
    expect(reservedElectionId("_")).toMatch(/^\/fr\/_\/… is where paths that name no route are sent/);
  });

  it("lets any other slug name an election, and each such id's pages, embeds and downloads read back as its own", () => {
    for (const id of ["lyon-2026", "paris-2020", "fr", "en", "embed", "charts", "api", "present-2027", "corrections-2031", "x"]) {
      expect(reservedElectionId(id), id).toBeUndefined();
      expect(parsePagePath(dashboardHref("fr", id)), id).toEqual({ page: "dashboard", lang: "fr", election: id });
      expect(parsePagePath(presentHref("en", id)), id).toEqual({ page: "present", lang: "en", election: id });
      expect(parsePagePath(correctionsHref("fr", id)), id).toEqual({ page: "corrections", lang: "fr", election: id });
      expect(parseEmbedPathname(embedHref(id, "grille"), LEGACY), id).toEqual({ election: id, chart: "grille" });
    }
  });

  it("leaves the shape of an id to the schema: a non-slug is not called reserved", () => {
    for (const id of ["Paris", "a--b", ""]) expect(reservedElectionId(id), id).toBeUndefined();
  });
});

describe("datumHref(lang, election, datum, origin)", () => {
  it("names the reference page that holds each kind of datum, at the element datumId names there", () => {
    expect(datumHref("fr", "lyon-2026", { kind: "cell", candidate: "dupont", theme: "velo" })).toBe(`/fr/lyon-2026/themes/velo#${datumId.cell("dupont", "velo")}`);
    expect(datumHref("en", "lyon-2026", { kind: "figure", id: "fig-bikes" })).toBe("/en/lyon-2026/figures#figure-fig-bikes");
    expect(datumHref("fr", "lyon-2026", { kind: "term", id: "t-climat" })).toBe("/fr/lyon-2026/terms#term-t-climat");
    expect(datumHref("fr", "lyon-2026", { kind: "candidate", id: "dupont" })).toBe("/fr/lyon-2026/candidates/dupont");
    expect(datumHref("en", "lyon-2026", { kind: "theme", id: "velo" })).toBe("/en/lyon-2026/themes/velo");
  });

  it("is absolute on the given origin, as embeds and downloads need it", () => {
    expect(datumHref("en", "lyon-2026", { kind: "figure", id: "f" }, "https://charts.example")).toBe("https://charts.example/en/lyon-2026/figures#figure-f");
  });

  it("names pages that parsePagePath reads back as the same election's reference pages", () => {
    const pages = (["cell", "figure", "term", "candidate", "theme"] as const).map((kind) =>
      parsePagePath(datumHref("fr", "lyon-2026", kind === "cell" ? { kind, candidate: "dupont", theme: "velo" } : { kind, id: "velo" }).split("#")[0]!),
    );
    expect(pages.map((p) => p?.page)).toEqual(["theme", "figures", "terms", "candidate", "theme"]);
    expect(pages.every((p) => p && p.page !== "catalogue" && p.election === "lyon-2026")).toBe(true);
  });
});

describe("pageHref(page)", () => {
  it("is the inverse of parsePagePath for every kind of page", () => {
    const pages: PagePath[] = [
      { page: "catalogue", lang: "en" },
      { page: "dashboard", lang: "fr", election: "lyon-2026" },
      { page: "present", lang: "en", election: "lyon-2026" },
      { page: "corrections", lang: "fr", election: "lyon-2026" },
      { page: "figures", lang: "en", election: "lyon-2026" },
      { page: "terms", lang: "fr", election: "lyon-2026" },
      { page: "candidate", lang: "en", election: "lyon-2026", item: "dupont" },
      { page: "theme", lang: "fr", election: "lyon-2026", item: "velo" },
    ];
    for (const page of pages) expect(parsePagePath(pageHref(page)), JSON.stringify(page)).toEqual(page);
  });
});
