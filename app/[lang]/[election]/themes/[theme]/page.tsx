// /{lang}/{election}/themes/{theme}: every candidate's position on one theme, with the article's
// passages behind each and whose words they are. An unknown theme is a 404.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReferencePage } from "@/components/reference/ReferencePage";
import { ThemeSection } from "@/components/reference/ThemeSection";
import { themeHref } from "@/lib/routes";
import { itemParams, referenceData, referenceMetadata } from "../../reference";

/** A theme of an election added after the build renders on request. */
export const dynamicParams = true;

export function generateStaticParams() {
  return itemParams("theme", (d) => d.themes);
}

export async function generateMetadata({ params }: PageProps<"/[lang]/[election]/themes/[theme]">): Promise<Metadata> {
  const { lang, election, theme } = await params;
  return referenceMetadata(lang, election, { page: "theme", item: theme });
}

export default async function ThemePage({ params }: PageProps<"/[lang]/[election]/themes/[theme]">) {
  const { lang: rawLang, election, theme: id } = await params;
  const { lang, live } = referenceData(rawLang, election);
  const theme = live.dataset.themes.find((t) => t.id === id);
  if (!theme) notFound();
  return (
    <ReferencePage lang={lang} dataset={live.dataset} href={(l) => themeHref(l, election, theme.id)}>
      <ThemeSection dataset={live.dataset} theme={theme} locale={lang} />
    </ReferencePage>
  );
}
