// The 404 page's content. The language of a URL that does not exist is unknown, so it speaks
// both, French first.
import { getDictionary, LOCALES } from "@/lib/i18n";
import { catalogueHref } from "@/lib/routes";

/** Bilingual "page not found" with links back to the elections (or the one election) in both languages. */
export function NotFoundPage() {
  return (
    <main id="main" className="not-found">
      {LOCALES.map((locale, i) => {
        const t = getDictionary(locale).notFound;
        const Heading = i === 0 ? "h1" : "h2";
        return (
          <section key={locale} lang={locale}>
            <Heading>{t.title}</Heading>
            <p>{t.body}</p>
            <p>
              <a href={catalogueHref(locale)}>{t.back}</a>
            </p>
          </section>
        );
      })}
    </main>
  );
}
