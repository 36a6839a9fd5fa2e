// `/corrections.xml`: every election's corrections log as one Atom feed (RFC 4287), built with the
// `feed` package. One entry per correction, newest first whatever its election, its title naming
// the election, with the reason and the changed values in both languages. Ids are name-based UUIDs
// (RFC 9562, version 5) of the election and the versions a correction leads from and to: the same
// on every host, for as long as the log lasts.
import { createHash } from "node:crypto";
import { Feed } from "feed";
import { type CorrectionSummary, correctionSummaries } from "../dataset/changes";
import { LEGACY_ELECTION } from "../dataset/files";
import type { VersionRecord } from "../dataset/history";
import { escapeHtml } from "../embed/options";
import { strongEtag } from "../http/dataset-response";
import { getDictionary, LOCALES, type Locale } from "../i18n";
import { formatDate } from "../i18n/dates";
import { catalogueHref, correctionsHref, FEED_PATH } from "../routes";
import { type Readable, readableChanges, readableRuns } from "./readable";

/** The name of the feed's id: the one it was first published with (when it held Paris alone), kept so feed readers see the same feed. */
const FEED_ID_NAME = `${LEGACY_ELECTION}/corrections`;

/** RFC 9562's namespace for names that are URLs. */
const URL_NAMESPACE = "6ba7b8119dad11d180b400c04fd430c8";

/** A name-based (SHA-1, version 5) UUID, as an Atom id. */
export function uuidUrn(name: string): string {
  const hash = createHash("sha1").update(Buffer.from(URL_NAMESPACE, "hex")).update(name).digest().subarray(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A value as escaped HTML, the article's French marked as such. */
function valueHtml(value: Readable, d: VersionRecord["dataset"], locale: Locale): string {
  return readableRuns(value, d, locale)
    .map((run) => (run.lang ? `<span lang="${run.lang}">${escapeHtml(run.text)}</span>` : escapeHtml(run.text)))
    .join("");
}

/** One correction in one language, as the HTML of an entry's content. */
function entryHtml(summary: CorrectionSummary, versions: readonly VersionRecord[], locale: Locale): string {
  const t = getDictionary(locale);
  const c = t.corrections;
  const [before, after] = [versions[summary.number - 1]!, versions[summary.number]!];
  const changes = readableChanges(summary, before.dataset, after.dataset, locale).map(
    (change) =>
      `<li>${escapeHtml(`${change.datum} · ${change.field}`)}${t.punctuation.colon}` +
      `${escapeHtml(c.before)} ${valueHtml(change.before, before.dataset, locale)}${t.punctuation.semicolon}` +
      `${escapeHtml(c.after)} ${valueHtml(change.after, after.dataset, locale)}</li>`,
  );
  return (
    `<div lang="${locale}"><p>${escapeHtml(`${c.reason} ${summary.reason[locale]}`)}</p>` +
    `<p>${escapeHtml(c.versions(before.number, before.version, after.number, after.version))}</p>` +
    `<ul>${changes.join("")}</ul></div>`
  );
}

// The feed is built once per set of histories and origin: the store keeps one `versions` array per
// version of each election, so a new correction (or a presentation edit) means a new array.
// Origins come from the Host header: only a few are kept.
const built = new Map<string, { histories: readonly (readonly VersionRecord[])[]; xml: string; etag: string }>();
const ORIGINS_KEPT = 4;

/** The Atom feed and its strong ETag, built once per set of dataset versions and origin, then served from memory. */
export function cachedCorrectionsFeed(histories: readonly (readonly VersionRecord[])[], origin: string): { xml: string; etag: string } {
  const kept = built.get(origin);
  if (kept && kept.histories.length === histories.length && kept.histories.every((h, i) => h === histories[i])) return kept;
  const xml = correctionsFeed(histories, origin);
  const feed = { histories: [...histories], xml, etag: strongEtag(xml) };
  built.delete(origin);
  if (built.size >= ORIGINS_KEPT) built.delete(built.keys().next().value!);
  built.set(origin, feed);
  return feed;
}

/** The Atom feed of every election's corrections; each history oldest first (the store's `versions`), `origin` the site's public origin. */
export function correctionsFeed(histories: readonly (readonly VersionRecord[])[], origin: string): string {
  const [fr, en] = [getDictionary("fr"), getDictionary("en")];
  const entries = histories.flatMap((versions) => correctionSummaries(versions).map((summary) => ({ summary, versions, latest: versions[versions.length - 1]!.dataset })));
  // Newest first; the same date: the later correction first, as in each election's own log.
  entries.sort((a, b) => b.summary.date.localeCompare(a.summary.date) || b.summary.number - a.summary.number);
  const published = histories.map((v) => v[v.length - 1]!.dataset.publishedAt).sort();
  const updated = entries[0]?.summary.date ?? published.at(-1) ?? new Date(0).toISOString();
  const feed = new Feed({
    id: uuidUrn(FEED_ID_NAME),
    title: `${fr.corrections.title} · ${fr.catalogue.title} / ${en.corrections.title} · ${en.catalogue.title}`,
    description: `${fr.corrections.intro} / ${en.corrections.intro}`,
    link: `${origin}${catalogueHref("fr")}`,
    feed: `${origin}${FEED_PATH}`,
    updated: new Date(updated),
    author: { name: fr.catalogue.title, link: `${origin}${catalogueHref("fr")}` },
  });
  for (const { summary, versions, latest } of entries) {
    const reasons = LOCALES.map((l) => `<p lang="${l}">${escapeHtml(summary.reason[l])}</p>`).join("");
    const { fr: nameFr, en: nameEn } = latest.presentation.shortTitle;
    const election = nameFr === nameEn ? nameFr : `${nameFr} / ${nameEn}`;
    feed.addItem({
      id: uuidUrn(`${latest.election.id}/corrections/${summary.from}/${summary.to}`),
      title: escapeHtml(`${election} · ${fr.corrections.heading(summary.number, formatDate(summary.date, "fr"))} — ${summary.reason.fr} / ${summary.reason.en}`),
      link: `${origin}${correctionsHref("fr", latest.election.id, summary.number)}`,
      date: new Date(summary.date),
      published: new Date(summary.date),
      description: reasons,
      content: LOCALES.map((l) => entryHtml(summary, versions, l)).join(""),
    });
  }
  return feed.atom1();
}
