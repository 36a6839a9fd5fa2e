// The metadata of an election's pages: each reference page names itself, and its canonical and
// language alternates are the same page.
import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/dataset/check";
import type { Dataset } from "@/lib/dataset/schema";
import { rawDataset } from "@/lib/testing/fixtures";
import { electionMetadata } from "./metadata";

const checked = validateDataset(rawDataset());
const d = (checked.ok ? checked.dataset : undefined) as Dataset;

describe("electionMetadata(lang, dataset, page)", () => {
  it("titles a candidate's page by their name and the election, and points its canonical and alternates at that page", () => {
    const meta = electionMetadata("fr", d, { page: "candidate", item: "dati" });
    expect(meta.title).toBe("Rachida Dati · Paris 2020 numérique");
    expect(meta.description).toBe("Les positions de Rachida Dati thème par thème, avec les passages de l’article qui les rapportent.");
    expect(meta.alternates?.canonical).toBe("/fr/paris-2020/candidates/dati");
    expect(meta.alternates?.languages).toEqual({ fr: "/fr/paris-2020/candidates/dati", en: "/en/paris-2020/candidates/dati" });
  });

  it("titles a theme's page by its label in the page's language", () => {
    const meta = electionMetadata("en", d, { page: "theme", item: "surveillance" });
    const label = d.themes.find((t) => t.id === "surveillance")!.label.en;
    expect(meta.title).toBe(`${label} · Paris 2020 digital`);
    expect(meta.description).toContain(`“${label}”`);
    expect(meta.alternates?.canonical).toBe("/en/paris-2020/themes/surveillance");
  });

  it("gives the figures and terms pages their headings as titles, and the feed of corrections", () => {
    const figures = electionMetadata("en", d, { page: "figures" });
    expect(figures.title).toBe("The figures · Paris 2020 digital");
    expect(figures.alternates?.languages).toEqual({ fr: "/fr/paris-2020/figures", en: "/en/paris-2020/figures" });
    expect(Object.keys(figures.alternates?.types ?? {})).toEqual(["application/atom+xml"]);
    expect(electionMetadata("fr", d, { page: "terms" }).alternates?.canonical).toBe("/fr/paris-2020/terms");
  });

  it("keeps the dashboard's social card and oEmbed discovery, its card type alone for X (which reads the Open Graph tags)", () => {
    const meta = electionMetadata("fr", d, { page: "dashboard" });
    expect(meta.openGraph?.images).toBeDefined();
    expect(meta.twitter).toEqual({ card: "summary_large_image" });
    expect(Object.keys(meta.alternates?.types ?? {})).toContain("application/json+oembed");
  });
});
