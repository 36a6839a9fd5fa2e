// A theme's page body: what it covers, the article section that defines it, and every candidate's
// position on it in dataset order, each with its quotes and a link to the candidate's page.
import type { Dataset, ThemeRecord } from "@/lib/dataset/schema";
import { getDictionary, type Locale, pick } from "@/lib/i18n";
import { CellPositions } from "../CellPositions";
import styles from "../sources.module.css";

export interface ThemeSectionProps {
  dataset: Dataset;
  theme: ThemeRecord;
  locale: Locale;
}

const POSITIONS_ID = "positions-heading";

/** The theme's `<h1>`, description and one block per candidate (each anchored at `#cell-{candidate}-{theme}`). */
export function ThemeSection({ dataset, theme, locale }: ThemeSectionProps) {
  const t = getDictionary(locale);
  return (
    <>
      <h1>{pick(theme.label, locale)}</h1>
      <p>{pick(theme.description, locale)}</p>
      <p className={styles.meta}>
        {t.themes.section}
        {t.punctuation.colon}
        <q lang="fr">{theme.sectionQuote}</q>
        {theme.trendRank !== undefined && <> · {t.themes.trend(theme.trendRank)}</>}
      </p>
      {theme.contested && <p className={styles.meta}>{t.themes.contested}</p>}
      <section aria-labelledby={POSITIONS_ID}>
        <h2 id={POSITIONS_ID}>{t.themes.positions}</h2>
        <div className={styles.cells}>
          {dataset.candidates.map((c) => (
            <CellPositions key={c.id} dataset={dataset} candidate={c.id} theme={theme.id} locale={locale} on="theme" />
          ))}
        </div>
      </section>
    </>
  );
}
