// The views of a dashboard a reader lands on, which `npm run budget` holds to the page budgets:
// the default view, and a shared link with the heaviest cell open. Pure and plain JavaScript (the
// budget runs in Node without a TypeScript loader), read from the dataset file itself.

/**
 * The heatmap cell (`candidate.theme`, as `?cell=` takes it) whose panel is the longest: the most
 * proposals, passages and direct-speech spans; undefined for a dataset without proposals.
 */
export function heaviestCell(dataset) {
  const weight = new Map();
  for (const p of dataset.proposals) {
    const key = `${p.candidate}.${p.theme}`;
    const parts = p.quotes.reduce((n, q) => n + 1 + (q.speech?.length ?? 0), 1);
    weight.set(key, (weight.get(key) ?? 0) + parts);
  }
  return [...weight].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** The paths of an election's dashboards a reader lands on, in each language: the default view, then the heaviest cell open. */
export function landingViews(dataset, langs) {
  const election = dataset.election.id;
  const cell = heaviestCell(dataset);
  return langs.flatMap((lang) => [`/${lang}/${election}`, ...(cell ? [`/${lang}/${election}?cell=${cell}`] : [])]);
}
