// The metadata of an election's pages, from its dataset's presentation: title, description,
// canonical and language alternates, the Atom feed, and on the dashboard oEmbed discovery and the
// social card (its first chart as a PNG).
import type { Metadata } from "next";
import type { Dataset } from "@/lib/dataset/schema";
import { getDictionary, LOCALE_TAGS, LOCALES, type Locale, pick } from "@/lib/i18n";
import { chartFileHref, correctionsHref, dashboardHref, FEED_PATH, oembedHref, presentHref } from "@/lib/routes";

/** Which of an election's pages. */
export type ElectionPage = "dashboard" | "present" | "corrections";

const HREFS: Record<ElectionPage, (lang: Locale, election: string) => string> = {
  dashboard: (lang, election) => dashboardHref(lang, election),
  present: (lang, election) => presentHref(lang, election),
  corrections: (lang, election) => correctionsHref(lang, election),
};

/** The metadata of one page of an election, in one language. */
export function electionMetadata(lang: Locale, d: Dataset, page: ElectionPage): Metadata {
  const t = getDictionary(lang);
  const election = d.election.id;
  const { title, shortTitle, description } = d.presentation;
  const canonical = HREFS[page](lang, election);
  const feed = { "application/atom+xml": [{ url: FEED_PATH, title: t.corrections.feed }] };
  const alternates = { canonical, languages: Object.fromEntries(LOCALES.map((l) => [l, HREFS[page](l, election)])) };
  if (page === "present") return { title: `${t.present.title} · ${pick(shortTitle, lang)}`, description: pick(description, lang), alternates };
  if (page === "corrections") return { title: `${t.corrections.title} · ${pick(shortTitle, lang)}`, description: t.corrections.intro, alternates: { ...alternates, types: feed } };
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
    twitter: { card: "summary_large_image", title: heading, description: text, images: [image.url] },
  };
}
