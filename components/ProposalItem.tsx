// One proposal: its summary in the page's language, its kind, its quotes and who said it.
import type { Dataset, ProposalRecord } from "@/lib/dataset/schema";
import { levelStyle } from "@/lib/color/palette";
import { formatAttribution } from "@/lib/i18n/format";
import { getDictionary, pick, type Locale } from "@/lib/i18n";
import { QuoteList } from "./QuoteList";
import styles from "./sources.module.css";

export interface ProposalItemProps {
  dataset: Dataset;
  proposal: ProposalRecord;
  locale: Locale;
  /** Carry the `#proposal-{id}` anchor (only one copy of a proposal on a page may). */
  anchor?: boolean;
}

/** A proposal as a list item, anchored at `#proposal-{id}` so charts and links can point at it. */
export function ProposalItem({ dataset, proposal, locale, anchor = true }: ProposalItemProps) {
  const t = getDictionary(locale);
  return (
    <li id={anchor ? `proposal-${proposal.id}` : undefined} className={styles.proposal}>
      <p className={styles.summary}>
        <span className={styles.kind}>{proposal.kind === "measure" ? t.proposal.measure : t.proposal.stance}</span>
        {proposal.flagship && (
          <span className={styles.flagship} style={levelStyle(3)}>
            {t.proposal.flagship}
          </span>
        )} {pick(proposal.summary, locale)}
      </p>
      <QuoteList quotes={proposal.quotes} label={t.proposal.quotesLabel} />
      <p className={styles.attribution}>
        {t.attribution.prefix} {formatAttribution(dataset, proposal.attribution, proposal.candidate, locale)}
      </p>
      {proposal.note && (
        <p className={styles.note}>
          {t.proposal.note} {pick(proposal.note, locale)}
        </p>
      )}
    </li>
  );
}
