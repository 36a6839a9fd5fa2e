// An election's dashboard. Prerendering its default view at build (every election of the catalogue,
// both languages) checks at build time that it renders; readers get every view, the default one
// included, as a document the byte cache (lib/http/byte-front.ts) rendered once per data version in
// draft mode (proxy.ts), which bypasses the prerendered file on the same route. An election whose
// file is added to DATASET_DIR after the build renders on request (dynamicParams). Moving between
// views (`?highlight=dati&hide=villani&cell=…`) fetches the other view's document, from the byte
// cache too, and swaps its <main> in (lib/site-script/soft-nav.ts). A view may be pinned to an
// earlier data version (`?v=`, a pinned embed's dashboard link). An unknown election is a 404.
import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { Dashboard } from "@/components/Dashboard";
import { versionNumber } from "@/lib/corrections/marks";
import { isElection, loadDataset, loadVersion } from "@/lib/dataset/load";
import { isLocale } from "@/lib/i18n";
import { EMPTY_VIEW, parseView, pinnableVersions } from "@/lib/view";
import { electionMetadata } from "./metadata";
import { electionParams } from "./reference";

/** An election added after the build (a newsroom's DATASET_DIR) has no prerendered page: render it on request. */
export const dynamicParams = true;

export function generateStaticParams() {
  return electionParams();
}

export async function generateMetadata({ params }: PageProps<"/[lang]/[election]">): Promise<Metadata> {
  const { lang, election } = await params;
  if (!isLocale(lang) || !isElection(election)) return {};
  return electionMetadata(lang, loadDataset(election).dataset, { page: "dashboard" });
}

export default async function DashboardPage({ params, searchParams }: PageProps<"/[lang]/[election]">) {
  const { lang, election } = await params;
  if (!isLocale(lang) || !isElection(election)) notFound();
  const live = loadDataset(election);
  // Reading the query at build time would stop the default view from being prerendered. (`next dev`
  // renders every request, without the build's draft-mode id: it reads the query too.)
  const perRequest = process.env.NODE_ENV === "development" || (await draftMode()).isEnabled;
  const view = perRequest ? parseView(await searchParams, live.dataset, pinnableVersions(live)) : EMPTY_VIEW;
  const pinned = view.version ? loadVersion(election, view.version) : undefined;
  const latest = pinned ? { number: versionNumber(live.dataset), version: live.dataset.version } : undefined;
  return <Dashboard lang={lang} dataset={(pinned ?? live).dataset} view={pinned ? view : { ...view, version: undefined }} latest={latest} />;
}
