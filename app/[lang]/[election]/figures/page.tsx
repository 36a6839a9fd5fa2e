// /{lang}/{election}/figures: every figure the article gives, with its passage and whose figure it is.
import type { Metadata } from "next";
import { FiguresTable } from "@/components/reference/FiguresTable";
import { ReferencePage } from "@/components/reference/ReferencePage";
import { figuresHref } from "@/lib/routes";
import { electionParams, referenceData, referenceMetadata } from "../reference";

/** An election added after the build renders on request. */
export const dynamicParams = true;

export function generateStaticParams() {
  return electionParams();
}

export async function generateMetadata({ params }: PageProps<"/[lang]/[election]/figures">): Promise<Metadata> {
  const { lang, election } = await params;
  return referenceMetadata(lang, election, { page: "figures" });
}

export default async function FiguresPage({ params }: PageProps<"/[lang]/[election]/figures">) {
  const { lang: rawLang, election } = await params;
  const { lang, live } = referenceData(rawLang, election);
  return (
    <ReferencePage lang={lang} dataset={live.dataset} href={(l) => figuresHref(l, election)}>
      <FiguresTable dataset={live.dataset} locale={lang} />
    </ReferencePage>
  );
}
