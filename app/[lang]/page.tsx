// The reader page (the dashboard's "sources" section): every candidate's proposals theme by
// theme, each with its verbatim quotes and attribution. Fully server-rendered; no client JS.
import { notFound } from "next/navigation";
import { CandidatesSection } from "@/components/CandidatesSection";
import { FiguresTable } from "@/components/FiguresTable";
import { SiteHeader } from "@/components/SiteHeader";
import { SiteFooter } from "@/components/SiteFooter";
import { ThemeSection } from "@/components/ThemeSection";
import { TermUsageList } from "@/components/TermUsageList";
import { loadDataset } from "@/lib/dataset/load";
import { getDictionary, isLocale, pick } from "@/lib/i18n";
import styles from "@/components/site.module.css";

export default async function ReaderPage({ params }: PageProps<"/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const { dataset } = loadDataset();
  const t = getDictionary(lang);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.site.skipToContent}
      </a>
      <SiteHeader locale={lang} />
      <main id="main" className={styles.main} tabIndex={-1}>
        <h1>{t.site.title}</h1>
        <p className={styles.lead}>{t.intro.lead}</p>
        <p className={styles.source}>
          {t.intro.sourceLabel}
          {t.punctuation.colon}
          {pick(dataset.source.citation, lang)}. {t.intro.sourceNote}
        </p>
        <nav aria-labelledby="toc-heading" className={styles.toc}>
          <h2 id="toc-heading">{t.nav.label}</h2>
          <ul>
            <li>
              <a href="#candidates">{t.nav.candidates}</a>
            </li>
            <li>
              <a href="#themes">{t.nav.themes}</a>
              <ul>
                {dataset.themes.map((theme) => (
                  <li key={theme.id}>
                    <a href={`#theme-${theme.id}`}>{pick(theme.label, lang)}</a>
                  </li>
                ))}
              </ul>
            </li>
            <li>
              <a href="#figures">{t.nav.figures}</a>
            </li>
            <li>
              <a href="#terms">{t.nav.terms}</a>
            </li>
          </ul>
        </nav>
        <CandidatesSection dataset={dataset} locale={lang} />
        <section id="themes" aria-labelledby="themes-heading">
          <h2 id="themes-heading">{t.themes.heading}</h2>
          {dataset.themes.map((theme) => (
            <ThemeSection key={theme.id} dataset={dataset} theme={theme} locale={lang} />
          ))}
        </section>
        <FiguresTable dataset={dataset} locale={lang} />
        <TermUsageList dataset={dataset} locale={lang} />
      </main>
      <SiteFooter locale={lang} citation={pick(dataset.source.citation, lang)} />
    </>
  );
}
