// The languages the product speaks. French first: the source is French.
export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

/** The BCP 47 tag numbers, dates and social cards use: French as written in France, English as in Britain. */
export const LOCALE_TAGS: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

/** Narrows an untrusted string (a URL segment, a query parameter) to a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The other language, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === "fr" ? "en" : "fr";
}

/** Picks the visitor's preferred locale from an Accept-Language header (q-values honoured), French by default. */
export function preferredLocale(acceptLanguage: string | null | undefined): Locale {
  let best: { locale: Locale; q: number } = { locale: DEFAULT_LOCALE, q: 0 };
  for (const part of (acceptLanguage ?? "").split(",").slice(0, 32)) {
    const [tag = "", ...params] = part.trim().toLowerCase().split(";");
    const base = tag.split("-")[0];
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (isLocale(base) && Number.isFinite(q) && q > best.q) best = { locale: base, q };
  }
  return best.locale;
}
