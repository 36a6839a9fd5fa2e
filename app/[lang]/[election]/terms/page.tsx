// /{lang}/{election}/terms: what the article says about the words of the programmes, with its passages and whose claim each is.
import type { Metadata } from "next";
import { ReferencePage } from "@/components/reference/ReferencePage";
import { TermUsageList } from "@/components/reference/TermUsageList";
import { termsHref } from "@/lib/routes";
import { electionParams, referenceData, referenceMetadata } from "../reference";

/** An election added after the build renders on request. */
export const dynamicParams = true;

export function generateStaticParams() {
  return electionParams();
}

export async function generateMetadata({ params }: PageProps<"/[lang]/[election]/terms">): Promise<Metadata> {
  const { lang, election } = await params;
  return referenceMetadata(lang, election, { page: "terms" });
}

export default async function TermsPage({ params }: PageProps<"/[lang]/[election]/terms">) {
  const { lang: rawLang, election } = await params;
  const { lang, live } = referenceData(rawLang, election);
  return (
    <ReferencePage lang={lang} dataset={live.dataset} href={(l) => termsHref(l, election)}>
      <TermUsageList dataset={live.dataset} locale={lang} />
    </ReferencePage>
  );
}
