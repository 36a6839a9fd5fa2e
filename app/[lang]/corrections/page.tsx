// /{lang}/corrections: every correction of the data since publication, with its date, its reason
// and each changed value before and after. Rendered per request, from the live dataset, so a
// correction appears here as soon as it is served.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CorrectionsLog } from "@/components/corrections/CorrectionsLog";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import styles from "@/components/site.module.css";
import { correctionsHref, FEED_PATH } from "@/lib/corrections/marks";
import { LEGACY_ELECTION, loadDataset } from "@/lib/dataset/load";
import { getDictionary, isLocale, pick } from "@/lib/i18n";

export async function generateMetadata({ params }: PageProps<"/[lang]/corrections">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = getDictionary(lang);
  return {
    title: `${t.corrections.title} · ${t.site.shortTitle}`,
    description: t.corrections.intro,
    alternates: {
      canonical: correctionsHref(lang),
      languages: { fr: correctionsHref("fr"), en: correctionsHref("en") },
      types: { "application/atom+xml": [{ url: FEED_PATH, title: t.corrections.feed }] },
    },
  };
}

export default async function CorrectionsPage({ params }: PageProps<"/[lang]/corrections">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  await connection();
  const { dataset, versions } = loadDataset(LEGACY_ELECTION);
  const t = getDictionary(lang);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.site.skipToContent}
      </a>
      <SiteHeader locale={lang} page="/corrections" />
      <main id="main" className={styles.main} tabIndex={-1}>
        <CorrectionsLog locale={lang} versions={versions} />
        <p>
          <a href={`/${lang}`}>{t.notFound.back}</a>
        </p>
      </main>
      <SiteFooter locale={lang} citation={pick(dataset.source.citation, lang)} />
    </>
  );
}
