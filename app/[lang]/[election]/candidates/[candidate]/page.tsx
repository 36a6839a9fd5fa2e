// /{lang}/{election}/candidates/{candidate}: one candidate's positions theme by theme, with the
// article's passages behind each and whose words they are. An unknown candidate is a 404.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CandidateProfile } from "@/components/reference/CandidateProfile";
import { ReferencePage } from "@/components/reference/ReferencePage";
import { candidateHref } from "@/lib/routes";
import { itemParams, referenceData, referenceMetadata } from "../../reference";

/** A candidate of an election added after the build renders on request. */
export const dynamicParams = true;

export function generateStaticParams() {
  return itemParams("candidate", (d) => d.candidates);
}

export async function generateMetadata({ params }: PageProps<"/[lang]/[election]/candidates/[candidate]">): Promise<Metadata> {
  const { lang, election, candidate } = await params;
  return referenceMetadata(lang, election, { page: "candidate", item: candidate });
}

export default async function CandidatePage({ params }: PageProps<"/[lang]/[election]/candidates/[candidate]">) {
  const { lang: rawLang, election, candidate: id } = await params;
  const { lang, live } = referenceData(rawLang, election);
  const candidate = live.dataset.candidates.find((c) => c.id === id);
  if (!candidate) notFound();
  return (
    <ReferencePage lang={lang} dataset={live.dataset} href={(l) => candidateHref(l, election, candidate.id)}>
      <CandidateProfile dataset={live.dataset} candidate={candidate} locale={lang} />
    </ReferencePage>
  );
}
