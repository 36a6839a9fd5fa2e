// One slide, hook-free: the title, a chart from the registry (scaled to the stage), a candidate's
// spotlight, or the sources. Text is sized in container units so it scales with the stage.

import { buildChart } from "@/lib/charts/registry";
import type { BuiltChart } from "@/lib/charts/types";
import { levelStyle } from "@/lib/color/palette";
import { correctedMark } from "@/lib/corrections/marks";
import type { Dataset } from "@/lib/dataset/schema";
import { candidateById, cellOf } from "@/lib/dataset/select";
import { getDictionary, type Locale, pick } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/dates";
import { formatPassageLabel, formatSpeaker } from "@/lib/i18n/format";
import { slideCaption } from "@/lib/present/caption";
import type { Slide } from "@/lib/present/deck";
import { keyQuote } from "@/lib/present/notes";
import { datasetHref } from "@/lib/routes";
import { EMPTY_VIEW } from "@/lib/view";

export interface SlideViewProps {
  dataset: Dataset;
  slide: Slide;
  locale: Locale;
  /** Prefix for ids, so two slides can share a page (the notes window shows two). */
  idPrefix: string;
  /** A correction changed what this slide shows: a discreet mark says so (the notes say what). */
  corrected?: boolean;
}

/**
 * A slide's chart is drawn in user units, then scaled to fill its box on the stage; app/present.css
 * sets its text at SLIDE_TEXT units (16). The widest drawing (chart, gap, key) is 1122 units, set
 * across the safe area's 90 % of the stage's width: 16 units come out at 1.28 % of the width, 2.28 %
 * of the height, above the 2.2 % a TV needs.
 */
const CHART_WIDTH = 760;
/** A chart taller than wide (bars, keyword counts) is drawn narrower, beside the slide's words, so it can take the whole safe height. */
const TALL_CHART_WIDTH = 540;
/** Wider than this share of its height, a chart goes under the title; narrower, beside it. */
const WIDE_FROM_ASPECT = 2;
const GAP_CHART_LEGEND = 16;
/** The key beside the chart is drawn at its export size, then scaled so its text matches the chart's. */
const LEGEND_SCALE = 1.25;
/** The width a key beside the chart takes once scaled (the heatmap's longest level name). */
const LEGEND_WIDTH = 330;

/** Each dataset's slide charts, built once: the reveal steps of one chart share a build, and a key press builds nothing the deck has shown before. */
const slideCharts = new WeakMap<Dataset, Map<string, BuiltChart>>();

/** The chart `slide` shows, built once per dataset, slide part and language. */
function slideChart(d: Dataset, slide: Extract<Slide, { kind: "chart" }>, locale: Locale): BuiltChart {
  const built = slideCharts.get(d) ?? new Map<string, BuiltChart>();
  slideCharts.set(d, built);
  const key = `${slide.slug}|${slide.part?.index ?? "whole"}|${locale}`;
  const chart = built.get(key) ?? buildChart(slide.slug, { dataset: d, view: EMPTY_VIEW, locale }, slide.part);
  built.set(key, chart);
  return chart;
}

/** The slide's content, filling its stage, with the corrected mark when it has one. */
export function SlideView({ corrected, ...props }: SlideViewProps) {
  return (
    <>
      {corrected && <p className="slide-corrected">{getDictionary(props.locale).present.corrected.mark}</p>}
      <SlideContent {...props} />
    </>
  );
}

/** "Corrigé le …" after the source line when the shown version has corrections, linking to the last one in the log (as the dashboard does). */
function CorrectedOn({ d, locale }: { d: Dataset; locale: Locale }) {
  const mark = correctedMark(d, locale);
  if (!mark) return null;
  return (
    <>
      {"\u00a0· "}
      <a href={mark.href}>{mark.label}</a>
    </>
  );
}

function SlideContent({ dataset: d, slide, locale, idPrefix }: SlideViewProps) {
  const t = getDictionary(locale);
  if (slide.kind === "title") {
    const [first, second] = d.election.rounds;
    return (
      <section className="slide slide-title" aria-labelledby={`${idPrefix}-h`}>
        <h1 id={`${idPrefix}-h`}>{pick(d.presentation.title, locale)}</h1>
        <p className="slide-lead">{pick(d.presentation.lead, locale)}</p>
        {first && second && <p className="slide-meta">{t.present.rounds(formatDate(first.date, locale), formatDate(second.date, locale), second.asAnnounced === true)}</p>}
        <p className="slide-source">
          {t.charts.sourceLine(pick(d.source.citation, locale))}
          <CorrectedOn d={d} locale={locale} />
        </p>
      </section>
    );
  }
  if (slide.kind === "sources") {
    return (
      <section className="slide slide-sources" aria-labelledby={`${idPrefix}-h`}>
        <h2 id={`${idPrefix}-h`}>{t.present.sourcesTitle}</h2>
        <p className="slide-lead">{pick(d.source.citation, locale)}</p>
        <p>{pick(d.source.note, locale)}</p>
        <p>{t.footer.codebook}</p>
        <p>{t.present.sourcesData(datasetHref(d.election.id))}</p>
      </section>
    );
  }
  if (slide.kind === "candidate") {
    const c = candidateById(d, slide.candidate);
    const key = keyQuote(d, slide.candidate);
    return (
      <section className="slide slide-candidate" aria-labelledby={`${idPrefix}-h`}>
        <h2 id={`${idPrefix}-h`}>
          {c?.name} <span className="slide-affiliation">{c && pick(c.affiliation, locale)}</span>
        </h2>
        <div className="slide-columns">
          <div>
            <h3>{t.present.positions}</h3>
            <ul className="slide-positions">
              {d.themes.map((theme) => {
                const cell = cellOf(d, slide.candidate, theme.id);
                const level = cell?.level ?? 0;
                return (
                  <li key={theme.id} data-level={level}>
                    <span className="slide-level" data-level={level} style={levelStyle(level)} aria-hidden="true">
                      {level === 0 ? "–" : level}
                    </span>
                    <span>
                      <strong>{pick(theme.shortLabel, locale)}</strong>
                      {t.punctuation.colon}
                      {t.levels[level]}
                      {cell?.stance && cell.stance !== "not-mentioned" && ` (${t.stances[cell.stance]})`}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
          {key?.kind === "speech" && (
            // The words the candidate's camp spoke, with who spoke them: never the journalist's sentence.
            <figure className="slide-quote" data-key-quote="speech">
              <h3>{t.present.keyQuote}</h3>
              <blockquote lang="fr">{t.voice.quoted(key.speech.words)}</blockquote>
              <figcaption>— {formatSpeaker(d, key.speech.speaker, locale)}</figcaption>
            </figure>
          )}
          {key?.kind === "passage" && (
            <figure className="slide-quote" data-key-quote="passage">
              <h3>{t.present.keyQuote}</h3>
              <figcaption className="slide-quote-source">{formatPassageLabel(d, key.quote, locale)}</figcaption>
              <blockquote lang="fr">{key.quote.text}</blockquote>
            </figure>
          )}
        </div>
      </section>
    );
  }
  const chart = slideChart(d, slide, locale);
  // The chart's kind says where its key goes on a 16:9 stage: beside the chart (where there is room) or under it.
  const beside = chart.legend?.onSlide === "beside";
  const wide = beside || CHART_WIDTH / chart.height >= WIDE_FROM_ASPECT;
  const chartWidth = wide ? CHART_WIDTH : TALL_CHART_WIDTH;
  const at = beside ? { x: chartWidth + GAP_CHART_LEGEND * 2, y: GAP_CHART_LEGEND * 2 } : { x: 0, y: chart.height + GAP_CHART_LEGEND };
  const drawn = chart.legend?.svg({ x: 0, y: 0 });
  const legend = drawn && { height: drawn.height * LEGEND_SCALE, element: <g transform={`translate(${at.x} ${at.y}) scale(${LEGEND_SCALE})`}>{drawn.element}</g> };
  const width = chartWidth + (legend && beside ? GAP_CHART_LEGEND * 2 + LEGEND_WIDTH : 0);
  const height = !legend ? chart.height : beside ? Math.max(chart.height, legend.height + GAP_CHART_LEGEND * 2) : chart.height + GAP_CHART_LEGEND + legend.height;
  // A build hides the themes of its part not revealed yet (rows are numbered within the part).
  const from = slide.part?.from ?? 0;
  const rows = slide.part ? slide.part.to - from : d.themes.length;
  const hidden = slide.reveal === undefined ? [] : Array.from({ length: rows }, (_, i) => i).filter((i) => from + i >= slide.reveal!);
  const caption = slideCaption(d, slide, locale);
  const scope = `${idPrefix}-chart`;
  return (
    <section className={`slide slide-chart ${wide ? "slide-chart-wide" : "slide-chart-tall"}`} aria-labelledby={`${idPrefix}-h`}>
      <h2 id={`${idPrefix}-h`}>
        {caption.title}
        {caption.part && <span className="slide-part"> · {caption.part}</span>}
      </h2>
      <p className="slide-takeaway" id={`${idPrefix}-d`}>
        {chart.texts.takeaway}
      </p>
      {hidden.length > 0 && (
        // A build: later themes keep their place (no layout jump) but are not shown yet.
        <style>{hidden.map((i) => `#${scope} [data-row="${i}"]`).join(",") + "{visibility:hidden}"}</style>
      )}
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: a frame that scales the chart to the stage; the chart's own <svg> inside is named by the slide's heading and described by its takeaway. */}
      <svg id={scope} className="slide-chart-svg" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMidYMid meet">
        {chart.svg({ titleId: `${idPrefix}-h`, descId: `${idPrefix}-d`, box: { x: 0, y: 0, width: chartWidth } })}
        {legend?.element}
      </svg>
      <p className="slide-source">
        {caption.detail && <span className="slide-build">{caption.detail} · </span>}
        {t.charts.sourceLine(pick(d.source.citation, locale))}
        <CorrectedOn d={d} locale={locale} />
      </p>
    </section>
  );
}
