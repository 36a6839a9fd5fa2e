// /{lang}/{election}/corrections: every correction of an election's data since publication, with
// its date, its reason and each changed value before and after. Rendered per request, from the
// live dataset, so a correction appears here as soon as it is served.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CorrectionsLog } from "@/components/corrections/CorrectionsLog";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import styles from "@/components/site.module.css";
import { isElection, loadDataset } from "@/lib/dataset/load";
import { getDictionary, isLocale, otherLocale, pick } from "@/lib/i18n";
import { correctionsHref, dashboardHref } from "@/lib/routes";
import { electionMetadata } from "../metadata";

export async function generateMetadata({ params }: PageProps<"/[lang]/[election]/corrections">): Promise<Metadata> {
  const { lang, election } = await params;
  if (!isLocale(lang) || !isElection(election)) return {};
  return electionMetadata(lang, loadDataset(election).dataset, { page: "corrections" });
}

export default async function CorrectionsPage({ params }: PageProps<"/[lang]/[election]/corrections">) {
  const { lang, election } = await params;
  if (!isLocale(lang) || !isElection(election)) notFound();
  await connection();
  const { dataset, versions } = loadDataset(election);
  const t = getDictionary(lang);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.site.skipToContent}
      </a>
      <SiteHeader locale={lang} election={{ id: election, shortTitle: pick(dataset.presentation.shortTitle, lang) }} switchHref={correctionsHref(otherLocale(lang), election)} />
      <main id="main" className={styles.main} tabIndex={-1}>
        <CorrectionsLog locale={lang} election={election} versions={versions} />
        <p>
          <a href={dashboardHref(lang, election)}>{t.notFound.back}</a>
        </p>
      </main>
      <SiteFooter locale={lang} election={{ id: election, citation: pick(dataset.source.citation, lang) }} />
    </>
  );
}
