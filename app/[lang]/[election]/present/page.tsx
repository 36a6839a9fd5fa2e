// /{lang}/{election}/present: presenter mode. ?slide=N (1-based), ?view=notes for the speaker's
// window, ?refresh= seconds between data checks (30 by default), ?theme=light for the light stage,
// ?duration= the talk's planned minutes (the notes window's pacing bar; anything else is ignored).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Presenter } from "@/components/client/Presenter";
import { isElection, loadDataset } from "@/lib/dataset/load";
import { isLocale } from "@/lib/i18n";
import { buildDeck, parseRefreshSeconds, parseSlideNumber } from "@/lib/present/deck";
import { parseDurationMinutes } from "@/lib/present/pacing";
import { presenterStatus } from "@/lib/present/status";
import { electionMetadata } from "../metadata";
import "../../../present.css";
import "../../../present-tools.css";

export async function generateMetadata({ params }: PageProps<"/[lang]/[election]/present">): Promise<Metadata> {
  const { lang, election } = await params;
  if (!isLocale(lang) || !isElection(election)) return {};
  return electionMetadata(lang, loadDataset(election).dataset, { page: "present" });
}

export default async function PresentPage({ params, searchParams }: PageProps<"/[lang]/[election]/present">) {
  const { lang, election } = await params;
  if (!isLocale(lang) || !isElection(election)) notFound();
  const query = await searchParams;
  const { dataset } = loadDataset(election);
  const total = buildDeck(dataset).length;
  const mode = query.view === "notes" ? "notes" : "audience";
  // The data status is for the notes window only: the audience's page does not even carry a
  // refusal, nor the words of each change (only the notes print them, in the page's language).
  const status = presenterStatus(election, mode === "notes" ? [lang] : []);
  return (
    <Presenter
      locale={lang}
      election={election}
      fallback={dataset}
      renderedAt={Date.now()}
      initialStatus={mode === "notes" ? status : { ...status, refused: undefined }}
      initialSlide={parseSlideNumber(query.slide, total)}
      refreshSeconds={parseRefreshSeconds(query.refresh)}
      mode={mode}
      theme={query.theme === "light" ? "light" : "dark"}
      durationMinutes={mode === "notes" ? parseDurationMinutes(query.duration) : undefined}
    />
  );
}
