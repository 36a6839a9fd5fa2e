// The dashboard. Its default view is prerendered at build for both languages: the page every
// reader lands on, served as a file and cacheable by a CDN. Any other view (`?highlight=dati&
// hide=villani&cell=…`, from a shared link or the no-JS filter form) is rendered per request:
// proxy.ts marks such requests with Next.js's draft-mode cookie, which bypasses the prerendered
// file on the same route, so moving between views never remounts the page (focus and scroll stay).
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { Dashboard } from "@/components/Dashboard";
import { loadDataset } from "@/lib/dataset/load";
import { isLocale, LOCALES } from "@/lib/i18n";
import { EMPTY_VIEW, parseView } from "@/lib/view";

export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export default async function DashboardPage({ params, searchParams }: PageProps<"/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const loaded = loadDataset();
  // Reading the query at build time would stop the default view from being prerendered. (`next dev`
  // renders every request, without the build's draft-mode id: it reads the query too.)
  const perRequest = process.env.NODE_ENV === "development" || (await draftMode()).isEnabled;
  const view = perRequest ? parseView(await searchParams, loaded.dataset) : EMPTY_VIEW;
  return <Dashboard lang={lang} loaded={loaded} view={view} />;
}
