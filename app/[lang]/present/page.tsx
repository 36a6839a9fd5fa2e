// /{lang}/present: presenter mode. ?slide=N (1-based), ?view=notes for the speaker's window,
// ?refresh= seconds between data checks (30 by default), ?theme=light for the light stage.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Presenter } from "@/components/client/Presenter";
import { LEGACY_ELECTION, loadDataset } from "@/lib/dataset/load";
import { getDictionary, isLocale } from "@/lib/i18n";
import { buildDeck, parseRefreshSeconds, parseSlideNumber } from "@/lib/present/deck";
import { presenterStatus } from "@/lib/present/status";
import "../../present.css";

export async function generateMetadata({ params }: PageProps<"/[lang]/present">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = getDictionary(lang);
  return { title: `${t.present.title} · ${t.site.shortTitle}`, description: t.site.description };
}

export default async function PresentPage({ params, searchParams }: PageProps<"/[lang]/present">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const query = await searchParams;
  const { dataset } = loadDataset(LEGACY_ELECTION);
  const total = buildDeck(dataset).length;
  const mode = query.view === "notes" ? "notes" : "audience";
  // The data status is for the notes window only: the audience's page does not even carry a
  // refusal, nor the words of each change (only the notes print them, in the page's language).
  const status = presenterStatus(mode === "notes" ? [lang] : []);
  return (
    <Presenter
      locale={lang}
      election={LEGACY_ELECTION}
      fallback={dataset}
      initialStatus={mode === "notes" ? status : { ...status, refused: undefined }}
      initialSlide={parseSlideNumber(query.slide, total)}
      refreshSeconds={parseRefreshSeconds(query.refresh)}
      mode={mode}
      theme={query.theme === "light" ? "light" : "dark"}
    />
  );
}
