// /{lang}: the elections, newest first, each with its title, lead, office, city and rounds, linking
// to its dashboard. With a single election, `/{lang}` is that election's dashboard (proxy.ts
// renders it in place, the byte cache serves its bytes; `/{lang}?…` gets a 308 there, query kept),
// and the legacy shared links (`/fr?cell=…`) go to Paris 2020's. Rendered per
// request: an election added to DATASET_DIR appears without a rebuild.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import styles from "@/components/site.module.css";
import { loadCatalogue } from "@/lib/dataset/load";
import { getDictionary, isLocale, LOCALES, otherLocale, pick } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/dates";
import { catalogueHref, dashboardHref, FEED_PATH } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[lang]">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = getDictionary(lang);
  return {
    title: t.catalogue.title,
    description: t.catalogue.lead,
    alternates: {
      canonical: catalogueHref(lang),
      languages: Object.fromEntries(LOCALES.map((l) => [l, catalogueHref(l)])),
      types: { "application/atom+xml": [{ url: FEED_PATH, title: t.corrections.feed }] },
    },
  };
}

export default async function CataloguePage({ params }: PageProps<"/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  await connection();
  const t = getDictionary(lang);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.site.skipToContent}
      </a>
      <SiteHeader locale={lang} switchHref={catalogueHref(otherLocale(lang))} />
      <main id="main" className={styles.main} tabIndex={-1}>
        <h1>{t.catalogue.title}</h1>
        <p className={styles.lead}>{t.catalogue.lead}</p>
        <h2>{t.catalogue.heading}</h2>
        <ul className={styles.elections}>
          {loadCatalogue().map(({ election, live: { dataset } }) => (
            <li key={election} data-election={election}>
              <h3>
                <a href={dashboardHref(lang, election)}>{pick(dataset.presentation.title, lang)}</a>
              </h3>
              <p>{pick(dataset.presentation.lead, lang)}</p>
              <p>
                {pick(dataset.election.office, lang)} · {dataset.election.city} ·{" "}
                {t.list(dataset.election.rounds.map((r) => t.catalogue.round(r.number, formatDate(r.date, lang), r.asAnnounced === true)))}
              </p>
            </li>
          ))}
        </ul>
      </main>
      <SiteFooter locale={lang} />
    </>
  );
}
