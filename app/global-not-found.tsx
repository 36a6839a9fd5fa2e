// The 404 for every unmatched URL. The language is unknown here, so it speaks both, French first.
import type { Metadata } from "next";
import { getDictionary, LOCALES } from "@/lib/i18n";
import "./globals.css";

export const metadata: Metadata = { title: "404", robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <html lang="fr">
      <body>
        <main id="main" style={{ maxWidth: "40rem", margin: "0 auto", padding: "1rem" }}>
          {LOCALES.map((locale) => {
            const t = getDictionary(locale).notFound;
            return (
              <section key={locale} lang={locale}>
                <h1>{t.title}</h1>
                <p>{t.body}</p>
                <p>
                  <a href={`/${locale}`}>{t.back}</a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
