// What the notes window says of corrections and of the served data, in the presenter's language:
// each correction's date and reason, and each changed value before → after in the words the
// server worked out (lib/present/status.ts, from lib/corrections/readable.ts), so the notes say
// what the public log says. Pure and light: the notes window runs it in the browser.
import { getDictionary, type Locale, pick } from "../i18n";
import { formatClockTime, formatDate } from "../i18n/dates";
import type { ChangeText, PresenterCorrection, PresenterStatus } from "./corrections";

/** One correction as the notes window tells it. */
export interface CorrectionNote {
  number: number;
  heading: string;
  reason: string;
  changes: ChangeText[];
}

/** The notes for some corrections: date, reason, and before → after of each changed value, each said once. */
export function correctionNotes(corrections: readonly Pick<PresenterCorrection, "number" | "date" | "reason" | "changes">[], locale: Locale): CorrectionNote[] {
  const t = getDictionary(locale).present.corrected;
  return corrections.map((c) => {
    // Several changed values of one field (an attribution's parts) read as the same words: say them once.
    const unique = new Map(c.changes.flatMap((change) => change.text[locale] ?? []).map((text) => [JSON.stringify(text), text]));
    const changes = [...unique.values()];
    return { number: c.number, heading: t.entry(formatDate(c.date, locale)), reason: pick(c.reason, locale), changes };
  });
}

/** The data status in lines: version (number and id), last check, and a refused correction if any. */
export function statusLines(status: Pick<PresenterStatus, "version" | "number" | "checkedAt" | "refused">, locale: Locale): { version: string; checked: string; refused?: string } {
  const t = getDictionary(locale).present.status;
  return {
    version: t.version(status.number, status.version),
    checked: t.checked(formatClockTime(status.checkedAt, locale, true)),
    ...(status.refused ? { refused: t.refused(formatClockTime(status.refused.at, locale), status.refused.problems.join(getDictionary(locale).punctuation.semicolon)) } : {}),
  };
}
