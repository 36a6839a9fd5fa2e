// GET /api/elections: the catalogue as JSON, newest election first: each election's titles, city,
// office, rounds, served version and number of corrections, and the URLs of its dashboard, its
// corrections log (per language) and its dataset. A strong ETag (304 when unchanged), revalidated
// like the datasets it lists.
import { loadCatalogue } from "@/lib/dataset/load";
import { DATASET_CACHE_CONTROL, datasetResponse, strongEtag } from "@/lib/http/dataset-response";
import { siteOrigin } from "@/lib/http/origin";
import { LOCALES, type Locale } from "@/lib/i18n";
import { correctionsHref, dashboardHref, datasetHref } from "@/lib/routes";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const origin = siteOrigin(request);
  const perLanguage = (href: (lang: Locale) => string) => Object.fromEntries(LOCALES.map((lang) => [lang, `${origin}${href(lang)}`]));
  const elections = loadCatalogue().map(({ election, live: { dataset } }) => ({
    id: election,
    title: dataset.presentation.title,
    shortTitle: dataset.presentation.shortTitle,
    city: dataset.election.city,
    office: dataset.election.office,
    rounds: dataset.election.rounds.map(({ number, date, asAnnounced }) => ({ number, date, ...(asAnnounced ? { asAnnounced } : {}) })),
    version: dataset.version,
    corrections: dataset.corrections.length,
    urls: {
      dashboard: perLanguage((lang) => dashboardHref(lang, election)),
      corrections: perLanguage((lang) => correctionsHref(lang, election)),
      dataset: `${origin}${datasetHref(election)}`,
    },
  }));
  const json = JSON.stringify({ elections });
  return datasetResponse({ json, etag: strongEtag(json) }, request.headers.get("if-none-match"), DATASET_CACHE_CONTROL);
}
