// Synthetic datasets for benchmarks: any number of candidates and themes, every cell coded, with
// proposals, quotes and a few silent cells, shaped like the real one.
import type { Dataset } from "../dataset/schema";

const text = (s: string) => ({ fr: s, en: s });

/** A dataset of `candidates` × `themes` cells; valid for the charts (not checked against a source). */
export function syntheticDataset(candidates: number, themes: number): Dataset {
  const cs = Array.from({ length: candidates }, (_, i) => ({
    id: `c${i}`,
    name: `Candidat Numéro${i}`,
    spellings: [`Candidat Numéro${i}`],
    party: { code: `P${i}` },
    affiliation: text(`P${i}`),
    role: text("rôle"),
    quotes: [{ text: `Candidat Numéro${i}` }],
  }));
  const ts = Array.from({ length: themes }, (_, i) => ({
    id: `t${i}`,
    label: text(`Thème ${i}`),
    shortLabel: text(`Thème ${i}`),
    description: text("description"),
    sectionQuote: `Section ${i}`,
    contested: i === 0,
    quotes: [],
  }));
  const proposals: Dataset["proposals"] = [];
  const cells: Dataset["cells"] = [];
  cs.forEach((c, ci) =>
    ts.forEach((t, ti) => {
      const silent = (ci + ti) % 5 === 0;
      const n = silent ? 0 : 1 + ((ci * 7 + ti) % 3);
      for (let k = 0; k < n; k++) {
        proposals.push({
          id: `p-${ci}-${ti}-${k}`,
          candidate: c.id,
          theme: t.id,
          kind: k === 0 ? "measure" : "stance",
          summary: text("résumé"),
          quotes: [{ text: `citation ${ci} ${ti} ${k}` }],
          attribution: { by: "candidate" },
        });
      }
      cells.push({ candidate: c.id, theme: t.id, level: n === 0 ? 0 : 2, ...(t.contested ? { stance: n === 0 ? ("not-mentioned" as const) : ("against" as const) } : {}) });
    }),
  );
  return {
    schemaVersion: 2,
    version: "000000000000",
    publishedAt: "2026-11-30T12:00:00Z",
    corrections: [],
    presentation: {
      title: text("titre"),
      shortTitle: text("titre"),
      description: text("description"),
      lead: text("chapeau"),
      charts: [{ slug: "grid", kind: "heatmap", title: text("grille"), description: text("grille"), notes: [] }],
    },
    election: { id: "synthetic", city: "Ville", office: text("Maire"), rounds: [{ number: 1, date: "2020-03-15" }], quotes: [{ text: "q" }] },
    source: { kind: "press-article", language: "fr", citation: text("source"), title: null, outlet: null, author: null, publishedOn: null, writtenBefore: "2020-03-15", note: text("note") },
    candidates: cs,
    spokespeople: [],
    themes: ts,
    cells,
    proposals,
    measures: [],
    figures: [],
    termUsage: [],
  };
}
