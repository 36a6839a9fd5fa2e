// One proposal: its summary in the page's language, its kind, the article's passages behind it,
// and whose position it is (stated apart from who speaks in the passages).

import { levelStyle } from "@/lib/color/palette";
import type { Dataset, ProposalRecord } from "@/lib/dataset/schema";
import { getDictionary, type Locale, pick } from "@/lib/i18n";
import { formatOwner } from "@/lib/i18n/format";
import { datumId, themeHref } from "@/lib/routes";
import { QuoteList } from "./QuoteList";
import styles from "./sources.module.css";

export interface ProposalItemProps {
  dataset: Dataset;
  proposal: ProposalRecord;
  locale: Locale;
  /** Carry the `#proposal-{id}` anchor (the reference pages; not the dashboard's panel, which only shows the open cell). */
  anchor?: boolean;
}

/** A proposal as a list item, anchored at `#proposal-{id}` so charts and links can point at it. */
export function ProposalItem({ dataset, proposal, locale, anchor = true }: ProposalItemProps) {
  const t = getDictionary(locale);
  return (
    <li {...(anchor && { id: datumId.proposal(proposal.id) })} className={styles.proposal}>
      <p className={styles.summary}>
        <span className={styles.kind}>{proposal.kind === "measure" ? t.proposal.measure : t.proposal.stance}</span>
        {proposal.flagship && (
          <span className={styles.flagship} style={levelStyle(3)}>
            {t.proposal.flagship}
          </span>
        )}{" "}
        {pick(proposal.summary, locale)}
      </p>
      <QuoteList dataset={dataset} quotes={proposal.quotes} locale={locale} label={t.proposal.quotesLabel} />
      <p className={styles.attribution}>{formatOwner(dataset, proposal.attribution, proposal.candidate, locale)}</p>
      {proposal.restates && <Restates dataset={dataset} original={proposal.restates} locale={locale} />}
      {proposal.note && (
        <p className={styles.note}>
          {t.proposal.note} {pick(proposal.note, locale)}
        </p>
      )}
    </li>
  );
}

/** "Même proposition que sous « theme » : comptée une fois", linking to the proposal first recorded, on its theme's page. */
function Restates({ dataset, original, locale }: { dataset: Dataset; original: string; locale: Locale }) {
  const t = getDictionary(locale);
  const first = dataset.proposals.find((p) => p.id === original);
  const theme = dataset.themes.find((x) => x.id === first?.theme);
  const name = t.voice.themeName(theme ? pick(theme.label, locale) : original);
  return (
    <p className={styles.restates} data-restates={original}>
      {t.voice.restates} {theme ? <a href={themeHref(locale, dataset.election.id, theme.id, datumId.proposal(original))}>{name}</a> : name}
      {t.punctuation.colon}
      {t.voice.countedOnce}
    </p>
  );
}
