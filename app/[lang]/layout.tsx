// Root layout per language: `<html lang>` must follow the URL, so the root layout lives under [lang].
import type { Metadata, Viewport } from "next";
import { DEFAULT_LOCALE, getDictionary, isLocale, LOCALE_TAGS, pick } from "@/lib/i18n";
import { LEGACY_ELECTION, loadDataset } from "@/lib/dataset/load";
import { FEED_PATH } from "@/lib/corrections/marks";
import { THEME_SCRIPT } from "@/lib/theme";
import "../globals.css";
import "../charts.css";

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export async function generateMetadata({ params }: LayoutProps<"/[lang]">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = getDictionary(lang);
  const base = new URL(process.env.SITE_URL || "http://localhost:3000");
  const image = { url: `/charts/theme-heatmap.png?format=og${lang === "fr" ? "" : `&lang=${lang}`}`, width: 1200, height: 630, alt: pick(loadDataset(LEGACY_ELECTION).dataset.presentation.charts[0]!.title, lang) };
  return {
    metadataBase: base,
    title: t.site.title,
    description: t.site.description,
    alternates: {
      canonical: `/${lang}`,
      languages: { fr: "/fr", en: "/en" },
      // oEmbed discovery: a dashboard URL embeds as its heatmap.
      types: {
        "application/json+oembed": `/api/oembed?format=json&url=${encodeURIComponent(new URL(`/${lang}`, base).href)}`,
        "application/atom+xml": [{ url: FEED_PATH, title: t.corrections.feed }],
      },
    },
    openGraph: { type: "website", title: t.site.title, description: t.site.description, locale: LOCALE_TAGS[lang].replace("-", "_"), images: [image] },
    twitter: { card: "summary_large_image", title: t.site.title, description: t.site.description, images: [image.url] },
  };
}

export default async function LangLayout({ children, params }: LayoutProps<"/[lang]">) {
  const { lang } = await params;
  // next.config.js sends unknown first segments under /fr; should one still get here, it gets a
  // French document around the 404 page rather than a layout that throws (Next's bare error shell).
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  return (
    // The theme script may set data-theme before React hydrates: not a mismatch to warn about.
    <html lang={locale} suppressHydrationWarning>
      <head>
        {/* Applies the reader's chosen theme before the first paint, so a dark choice never flashes light.
            No nonce: the layout must not read the request (that would stop /fr being prerendered);
            every page's policy allows this script by its hash instead. */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: THEME_SCRIPT is our own constant, not reader input. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
