// The words that name a slide, shared by the stage's heading and the overview grid's tiles, so a
// chart split over several slides is told apart the same way on both.
import { chartSpec, slideAxis } from "../charts/registry";
import type { Dataset } from "../dataset/schema";
import { candidateById } from "../dataset/select";
import { getDictionary, type Locale, pick } from "../i18n";
import type { Slide } from "./deck";

/** A slide's title, which part of a split chart it shows, and which step of a build. */
export interface SlideCaption {
  title: string;
  /** "thèmes 5 à 7 sur 7", "partie 2 sur 2": only on a slide of a chart split over several. */
  part?: string;
  /** "1 thème sur 3": only on a build, counted within its part. */
  detail?: string;
}

/** How `slide` of `d` is named, in `locale`. */
export function slideCaption(d: Dataset, slide: Slide, locale: Locale): SlideCaption {
  const t = getDictionary(locale).present;
  switch (slide.kind) {
    case "title":
      return { title: pick(d.presentation.title, locale) };
    case "sources":
      return { title: t.sourcesTitle };
    case "candidate":
      return { title: candidateById(d, slide.candidate)?.name ?? slide.candidate };
    case "chart": {
      const spec = chartSpec(d, slide.slug);
      // Every kind titles its chart with the instance's own title (KindDefinition.texts; a test holds them equal).
      const title = spec ? pick(spec.title, locale) : slide.slug;
      const axis = spec && slideAxis(spec);
      const { part, reveal } = slide;
      const from = part?.from ?? 0;
      const rows = part ? part.to - from : d.themes.length;
      return {
        title,
        ...(part && axis && { part: t.part(axis, part.from + 1, part.to, part.total) }),
        ...(reveal !== undefined && { detail: t.revealed(reveal - from, rows) }),
      };
    }
  }
}
