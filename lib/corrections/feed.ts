// `/corrections.xml`: the corrections log as an Atom feed (RFC 4287), built with the `feed`
// package. One entry per correction, newest first, with the reason and the changed values in
// both languages. Ids are name-based UUIDs (RFC 9562, version 5) of the election and the
// versions a correction leads from and to: the same on every host, for as long as the log lasts.
import { createHash } from "node:crypto";
import { Feed } from "feed";
import { correctionSummaries, type CorrectionSummary } from "../dataset/changes";
import type { VersionRecord } from "../dataset/history";
import { escapeHtml } from "../embed/options";
import { strongEtag } from "../http/dataset-response";
import { getDictionary, LOCALES, type Locale } from "../i18n";
import { formatDate } from "../i18n/dates";
import { correctionsHref, FEED_PATH } from "./marks";
import { readableChanges, readableRuns, type Readable } from "./readable";

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

// The feed is built once per history and origin: the store keeps one `versions` array per version,
// so a new correction starts a new entry. Origins come from the Host header: only a few are kept.
const built = new WeakMap<readonly VersionRecord[], Map<string, { xml: string; etag: string }>>();
const ORIGINS_KEPT = 4;

/** The Atom feed and its strong ETag, built once per dataset version and origin, then served from memory. */
export function cachedCorrectionsFeed(versions: readonly VersionRecord[], origin: string): { xml: string; etag: string } {
  let byOrigin = built.get(versions);
  if (!byOrigin) built.set(versions, (byOrigin = new Map()));
  let feed = byOrigin.get(origin);
  if (!feed) {
    const xml = correctionsFeed(versions, origin);
    feed = { xml, etag: strongEtag(xml) };
    if (byOrigin.size >= ORIGINS_KEPT) byOrigin.delete(byOrigin.keys().next().value!);
    byOrigin.set(origin, feed);
  }
  return feed;
}

/** The Atom feed of a dataset's corrections; `versions` oldest first (the store's), `origin` the site's public origin. */
export function correctionsFeed(versions: readonly VersionRecord[], origin: string): string {
  const latest = versions[versions.length - 1]!.dataset;
  const [fr, en] = [getDictionary("fr"), getDictionary("en")];
  const summaries = correctionSummaries(versions);
  const updated = summaries[summaries.length - 1]?.date ?? latest.publishedAt;
  const feed = new Feed({
    id: uuidUrn(`${latest.election.id}/corrections`),
    title: `${fr.corrections.title} · ${fr.site.shortTitle} / ${en.corrections.title} · ${en.site.shortTitle}`,
    description: `${fr.corrections.intro} / ${en.corrections.intro}`,
    link: `${origin}${correctionsHref("fr")}`,
    feed: `${origin}${FEED_PATH}`,
    updated: new Date(updated),
    author: { name: fr.site.shortTitle, link: `${origin}/fr` },
  });
  for (const summary of [...summaries].reverse()) {
    const reasons = LOCALES.map((l) => `<p lang="${l}">${escapeHtml(summary.reason[l])}</p>`).join("");
    feed.addItem({
      id: uuidUrn(`${latest.election.id}/corrections/${summary.from}/${summary.to}`),
      title: escapeHtml(`${fr.corrections.heading(summary.number, formatDate(summary.date, "fr"))} — ${summary.reason.fr} / ${summary.reason.en}`),
      link: `${origin}${correctionsHref("fr", summary.number)}`,
      date: new Date(summary.date),
      published: new Date(summary.date),
      description: reasons,
      content: LOCALES.map((l) => entryHtml(summary, versions, l)).join(""),
    });
  }
  return feed.atom1();
}
