// The dashboard. Its default view is prerendered at build for both languages: the page every
// reader lands on, served as a file and cacheable by a CDN. Any other view (`?highlight=dati&
// hide=villani&cell=…`, from a shared link or the no-JS filter form) is rendered per request:
// proxy.ts marks such requests with Next.js's draft-mode cookie, which bypasses the prerendered
// file on the same route, so moving between views never remounts the page (focus and scroll stay).
// A view may be pinned to an earlier data version (`?v=`, a pinned embed's dashboard link).
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { Dashboard } from "@/components/Dashboard";
import { versionNumber } from "@/lib/corrections/marks";
import { LEGACY_ELECTION, loadDataset, loadVersion } from "@/lib/dataset/load";
import { isLocale, LOCALES } from "@/lib/i18n";
import { EMPTY_VIEW, parseView, pinnableVersions } from "@/lib/view";

export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export default async function DashboardPage({ params, searchParams }: PageProps<"/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const live = loadDataset(LEGACY_ELECTION);
  // Reading the query at build time would stop the default view from being prerendered. (`next dev`
  // renders every request, without the build's draft-mode id: it reads the query too.)
  const perRequest = process.env.NODE_ENV === "development" || (await draftMode()).isEnabled;
  const view = perRequest ? parseView(await searchParams, live.dataset, pinnableVersions(live)) : EMPTY_VIEW;
  const pinned = view.version ? loadVersion(LEGACY_ELECTION, view.version) : undefined;
  const latest = pinned ? { number: versionNumber(live.dataset), version: live.dataset.version } : undefined;
  return <Dashboard lang={lang} loaded={pinned ?? live} view={pinned ? view : { ...view, version: undefined }} latest={latest} />;
}
