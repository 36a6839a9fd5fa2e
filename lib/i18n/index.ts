// Typed dictionaries: one per locale, French as the reference shape.

import type { LocalizedTextValue } from "../dataset/schema";
import { en } from "./en";
import { fr } from "./fr";
import type { Locale } from "./locales";

export type Dictionary = typeof fr;

const dictionaries: Record<Locale, Dictionary> = { fr, en };

/** The dictionary of one locale. */
export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

/** The dataset's bilingual text in the page's language. */
export function pick(text: LocalizedTextValue, locale: Locale): string {
  return text[locale];
}

export * from "./locales";
