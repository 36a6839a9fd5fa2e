// Root layout per language: `<html lang>` must follow the URL, so the root layout lives under [lang].
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getDictionary, isLocale, LOCALES } from "@/lib/i18n";
import { THEME_SCRIPT } from "@/lib/theme";
import "../globals.css";
import "../charts.css";

export const dynamicParams = false;

/** Only /fr and /en exist; any other first segment is a 404. */
export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export async function generateMetadata({ params }: LayoutProps<"/[lang]">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = getDictionary(lang);
  return {
    metadataBase: new URL(process.env.SITE_URL || "http://localhost:3000"),
    title: t.site.title,
    description: t.site.description,
    alternates: { canonical: `/${lang}`, languages: { fr: "/fr", en: "/en" } },
  };
}

export default async function LangLayout({ children, params }: LayoutProps<"/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    // The theme script may set data-theme before React hydrates: not a mismatch to warn about.
    <html lang={lang} suppressHydrationWarning>
      <head>
        {/* Applies the reader's chosen theme before the first paint, so a dark choice never flashes light. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
