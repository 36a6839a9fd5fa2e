// The metadata of an election's pages, from its dataset's presentation: title, description,
// canonical and language alternates, the Atom feed, and on the dashboard oEmbed discovery and the
// social card (its first chart as a PNG).
import type { Metadata } from "next";
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, LOCALE_TAGS, LOCALES, type Locale, pick } from "@/lib/i18n";
import { chartFileHref, FEED_PATH, oembedHref, type PagePath, pageHref } from "@/lib/routes";

/** Omit, kept apart for each member of a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** One of an election's pages, whatever the language: the dashboard, the presenter, the corrections log, or a reference page (a candidate's or theme's by `item`). */
export type ElectionPage = DistributiveOmit<Exclude<PagePath, { page: "catalogue" }>, "lang" | "election">;

/** A reference page's own title (before the election's short title) and description; undefined for the other pages. */
function referenceTexts(target: ElectionPage, lang: Locale, d: Dataset): { title: string; description: string } | undefined {
  const t = getDictionary(lang);
  switch (target.page) {
    case "figures":
      return { title: t.figures.heading, description: t.figures.intro };
    case "terms":
      return { title: t.terms.heading, description: t.terms.intro };
    case "candidate": {
      const name = d.candidates.find((c) => c.id === target.item)?.name ?? target.item;
      return { title: name, description: t.candidates.description(name) };
    }
    case "theme": {
      const theme = d.themes.find((x) => x.id === target.item);
      const label = theme ? pick(theme.label, lang) : target.item;
      return { title: label, description: t.themes.description(label) };
    }
    default:
      return undefined;
  }
}

/** The metadata of one page of an election, in one language. */
export function electionMetadata(lang: Locale, d: Dataset, target: ElectionPage): Metadata {
  const t = getDictionary(lang);
  const election = d.election.id;
  const { title, shortTitle, description } = d.presentation;
  const href = (l: Locale) => pageHref({ ...target, lang: l, election } as PagePath);
  const canonical = href(lang);
  const feed = { "application/atom+xml": [{ url: FEED_PATH, title: t.corrections.feed }] };
  const alternates = { canonical, languages: Object.fromEntries(LOCALES.map((l) => [l, href(l)])) };
  const reference = referenceTexts(target, lang, d);
  if (reference) return { title: `${reference.title} · ${pick(shortTitle, lang)}`, description: reference.description, alternates: { ...alternates, types: feed } };
  if (target.page === "present") return { title: `${t.present.title} · ${pick(shortTitle, lang)}`, description: pick(description, lang), alternates };
  if (target.page === "corrections") return { title: `${t.corrections.title} · ${pick(shortTitle, lang)}`, description: t.corrections.intro, alternates: { ...alternates, types: feed } };
  const base = new URL(process.env.SITE_URL || "http://localhost:3000");
  const first = d.presentation.charts[0]!;
  const image = { url: chartFileHref(election, first.slug, "png", `?format=og${lang === "fr" ? "" : `&lang=${lang}`}`), width: 1200, height: 630, alt: pick(first.title, lang) };
  const [heading, text] = [pick(title, lang), pick(description, lang)];
  return {
    title: heading,
    description: text,
    alternates: {
      ...alternates,
      // oEmbed discovery: a dashboard URL embeds as its first chart.
      types: { "application/json+oembed": oembedHref(new URL(canonical, base).href), ...feed },
    },
    openGraph: { type: "website", title: heading, description: text, locale: LOCALE_TAGS[lang].replace("-", "_"), images: [image] },
    // X reads the title, description and image from the Open Graph tags: the card type is all it needs of its own.
    twitter: { card: "summary_large_image" },
  };
}
