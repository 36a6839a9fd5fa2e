// One candidate on one theme: the coded level, the stance where the theme is contested, and the
// proposals behind them. A silent cell says so in words, never as a zero or an "against"; where the
// article speaks of all candidates on the theme, the silent cell shows that, as the article's.

import { levelStyle } from "@/lib/color/palette";
import type { Dataset, SourcedNoteRecord } from "@/lib/dataset/schema";
import { cellOf, proposalsOf } from "@/lib/dataset/select";
import { getDictionary, type Locale, pick } from "@/lib/i18n";
import { datumId } from "@/lib/routes";
import { ProposalItem } from "./ProposalItem";
import { QuoteList } from "./QuoteList";
import styles from "./sources.module.css";

export interface CellPositionsProps {
  dataset: Dataset;
  candidate: string;
  theme: string;
  locale: Locale;
}

/** The block for one candidate × theme, anchored at `#cell-{candidate}-{theme}`. */
export function CellPositions({ dataset, candidate, theme, locale }: CellPositionsProps) {
  const cell = cellOf(dataset, candidate, theme);
  const name = dataset.candidates.find((c) => c.id === candidate)?.name ?? candidate;
  if (!cell) return null;
  return (
    <article id={datumId.cell(candidate, theme)} className={cell.level === 0 ? `${styles.cell} ${styles.silent}` : styles.cell} data-level={cell.level}>
      <h4 className={styles.cellName}>{name}</h4>
      <CellBody dataset={dataset} candidate={candidate} theme={theme} locale={locale} anchors />
    </article>
  );
}

export interface CellBodyProps extends CellPositionsProps {
  /** Give proposals their `#proposal-{id}` anchors (false where the sources section already has them). */
  anchors: boolean;
}

/** A cell's coded level, stance, note and proposals, without heading: shared by the sources and the heatmap panel. */
export function CellBody({ dataset, candidate, theme, locale, anchors }: CellBodyProps) {
  const t = getDictionary(locale);
  const cell = cellOf(dataset, candidate, theme);
  if (!cell) return null;
  const proposals = proposalsOf(dataset, candidate, theme);
  const aboutAll = dataset.themes.find((x) => x.id === theme)?.aboutAll;
  return (
    <>
      <p className={styles.badges}>
        <span className={styles.level} data-level={cell.level} style={levelStyle(cell.level)}>
          <span className="visually-hidden">{t.levels.label} </span>
          {cell.level > 0 && (
            // A silent cell has no digit: "not mentioned" is not a zero.
            <span aria-hidden="true" className={styles.levelDigit}>
              {cell.level}
            </span>
          )}
          {t.levels[cell.level]}
        </span>
        {cell.stance && (
          <span className={styles.stance} data-stance={cell.stance}>
            {t.stances.label} {t.stances[cell.stance]}
          </span>
        )}
      </p>
      {cell.note && <p className={styles.note}>{pick(cell.note, locale)}</p>}
      {cell.level === 0 && aboutAll && <AboutAll dataset={dataset} note={aboutAll} locale={locale} />}
      {proposals.length > 0 && (
        <ul className={styles.proposals}>
          {proposals.map((p) => (
            <ProposalItem key={p.id} dataset={dataset} proposal={p} locale={locale} anchor={anchors} />
          ))}
        </ul>
      )}
    </>
  );
}

/** The article's statement about every candidate on a theme, on a silent cell: never a named position. */
function AboutAll({ dataset, note, locale }: { dataset: Dataset; note: SourcedNoteRecord; locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <div className={styles.aboutAll} data-about-all="">
      <p className={styles.meta}>{t.voice.aboutAll}</p>
      <p>{pick(note.summary, locale)}</p>
      <QuoteList dataset={dataset} quotes={note.quotes} locale={locale} label={t.proposal.quotesLabel} />
      <p className={styles.attribution}>{t.voice.aboutAllOwner}</p>
    </div>
  );
}
