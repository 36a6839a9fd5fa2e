// The dataset's closed sets as plain constants, without zod: the presenter's client bundle reads
// them (the heatmap key's levels, a unit's words), and importing them from schema.ts would ship
// the whole schema library to the browser. schema.ts builds its enums from these.

/** The codebook's levels: 0 the source says nothing ... 3 the article calls it a main proposal. */
export const LEVELS = [0, 1, 2, 3] as const;

/** Stances on a contested theme; "not-mentioned" is the only stance of a silent cell. */
export const STANCES = ["against", "conditional", "undecided", "not-mentioned"] as const;

/** Units the product knows the words of in every language; any other unit is named in the presentation's `units`. */
export const BUILT_IN_UNITS = ["multiplier", "nights", "days", "calendar-year", "ordinal"] as const;
export type BuiltInUnit = (typeof BUILT_IN_UNITS)[number];

/** The chart kinds the registry knows (lib/charts/registry.tsx): a closed set, checked by the compiler. */
export const CHART_KINDS = ["heatmap", "figure-bars", "term-usage"] as const;
