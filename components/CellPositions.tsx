// One candidate on one theme: the coded level, the stance where the theme is contested, and the
// proposals behind them. A silent cell says so in words, never as a zero or an "against"; where the
// article speaks of all candidates on the theme, the silent cell shows that, as the article's.
// Shown on the candidate's page and on the theme's (each linking to the same block on the other),
// and in the dashboard's cell panel.

import { levelStyle } from "@/lib/color/palette";
import type { Dataset, SourcedNoteRecord } from "@/lib/dataset/schema";
import { cellOf, proposalsOf } from "@/lib/dataset/select";
import { getDictionary, type Locale, pick } from "@/lib/i18n";
import { candidateHref, datumId, themeHref } from "@/lib/routes";
import { ProposalItem } from "./ProposalItem";
import { QuoteList } from "./QuoteList";
import styles from "./sources.module.css";

interface CellProps {
  dataset: Dataset;
  candidate: string;
  theme: string;
  locale: Locale;
}

export interface CellPositionsProps extends CellProps {
  /** The page it is on: a candidate's (the block is named by its theme) or a theme's (named by its candidate). */
  on: "candidate" | "theme";
}

/** The block for one candidate × theme, anchored at `#cell-{candidate}-{theme}`, with a link to the same block on the other page. */
export function CellPositions({ dataset, candidate, theme, locale, on }: CellPositionsProps) {
  const t = getDictionary(locale);
  const cell = cellOf(dataset, candidate, theme);
  if (!cell) return null;
  const election = dataset.election.id;
  const id = datumId.cell(candidate, theme);
  const name = dataset.candidates.find((c) => c.id === candidate)?.name ?? candidate;
  const themeRecord = dataset.themes.find((x) => x.id === theme);
  const label = themeRecord ? pick(themeRecord.label, locale) : theme;
  return (
    <article id={id} className={cell.level === 0 ? `${styles.cell} ${styles.silent}` : styles.cell} data-level={cell.level} aria-labelledby={`heading-${id}`}>
      <h3 id={`heading-${id}`} className={styles.cellName}>
        {on === "theme" ? name : label}
      </h3>
      <CellBody dataset={dataset} candidate={candidate} theme={theme} locale={locale} anchors />
      <p className={styles.other}>
        {on === "theme" ? <a href={candidateHref(locale, election, candidate, id)}>{t.themes.allOf(name)}</a> : <a href={themeHref(locale, election, theme, id)}>{t.candidates.compare(label)}</a>}
      </p>
    </article>
  );
}

export interface CellBodyProps extends CellProps {
  /** Give proposals their `#proposal-{id}` anchors (false in the dashboard's panel: the theme's page has them). */
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
