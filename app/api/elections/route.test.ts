// The catalogue as JSON: every election, with what a client needs to find its pages and data.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/dataset/load";
import { GET } from "./route";

describe("GET /api/elections", () => {
  it("lists every election newest first, with its titles, version, corrections and URLs per language", async () => {
    const res = GET(new Request("http://localhost:3000/api/elections", { headers: { host: "charts.example.org" } }));
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    const { elections } = await res.json();
    const catalogue = loadCatalogue();
    expect(elections.map((e: { id: string }) => e.id)).toEqual(catalogue.map((e) => e.election));
    const paris = elections.find((e: { id: string }) => e.id === "paris-2020");
    const { dataset } = catalogue.find((e) => e.election === "paris-2020")!.live;
    expect(paris).toMatchObject({
      title: dataset.presentation.title,
      shortTitle: dataset.presentation.shortTitle,
      city: "Paris",
      office: dataset.election.office,
      version: dataset.version,
      corrections: dataset.corrections.length,
      urls: {
        dashboard: { fr: "http://charts.example.org/fr/paris-2020", en: "http://charts.example.org/en/paris-2020" },
        corrections: { fr: "http://charts.example.org/fr/paris-2020/corrections", en: "http://charts.example.org/en/paris-2020/corrections" },
        dataset: "http://charts.example.org/api/elections/paris-2020/dataset",
      },
    });
    expect(paris.rounds.map((r: { number: number }) => r.number)).toEqual([1, 2]);
  });
});
