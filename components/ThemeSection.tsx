// One theme: what it covers, the article section that defines it, and every candidate's cell.
import type { Dataset, ThemeRecord } from "@/lib/dataset/schema";
import { getDictionary, type Locale, pick } from "@/lib/i18n";
import { datumId } from "@/lib/routes";
import { CellPositions } from "./CellPositions";
import styles from "./sources.module.css";

export interface ThemeSectionProps {
  dataset: Dataset;
  theme: ThemeRecord;
  locale: Locale;
}

/** A theme's section, anchored at `#theme-{id}`, with one block per candidate in dataset order. */
export function ThemeSection({ dataset, theme, locale }: ThemeSectionProps) {
  const t = getDictionary(locale);
  const headingId = `${datumId.theme(theme.id)}-heading`;
  return (
    <section id={datumId.theme(theme.id)} className={styles.theme} aria-labelledby={headingId}>
      <h3 id={headingId}>{pick(theme.label, locale)}</h3>
      <p>{pick(theme.description, locale)}</p>
      <p className={styles.meta}>
        {t.themes.section}
        {t.punctuation.colon}
        <q lang="fr">{theme.sectionQuote}</q>
        {theme.trendRank !== undefined && <> · {t.themes.trend(theme.trendRank)}</>}
      </p>
      {theme.contested && <p className={styles.meta}>{t.themes.contested}</p>}
      <div className={styles.cells}>
        {dataset.candidates.map((c) => (
          <CellPositions key={c.id} dataset={dataset} candidate={c.id} theme={theme.id} locale={locale} />
        ))}
      </div>
    </section>
  );
}
