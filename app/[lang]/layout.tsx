// Root layout per language: `<html lang>` must follow the URL, so the root layout lives under [lang].
import type { Metadata, Viewport } from "next";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n";
import { THEME_SCRIPT } from "@/lib/theme-script";
import "../globals.css";
import "../charts.css";

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

/** What every page in a language shares: the public origin its absolute links (canonical, social cards, oEmbed) are resolved against. Each page says the rest. */
export async function generateMetadata(): Promise<Metadata> {
  return { metadataBase: new URL(process.env.SITE_URL || "http://localhost:3000") };
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
            No nonce: the layout must not read the request (that would stop the dashboards being prerendered);
            every page's policy allows this script by its hash instead. */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: THEME_SCRIPT is our own constant, not reader input. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
