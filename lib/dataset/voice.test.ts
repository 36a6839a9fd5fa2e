import { describe, expect, it } from "vitest";
import { rawDataset } from "../testing/fixtures";
import { validateDataset } from "./check";
import type { Dataset, QuoteRecord } from "./schema";
import { allSpeech, locatedQuotes } from "./select";
import { candidateSpeech, speakerRank, speechSegments, wholeSpeech } from "./voice";

const validated = validateDataset(rawDataset());
const d = (validated.ok ? validated.dataset : undefined) as Dataset;
const hidalgo = { by: "candidate" as const, candidate: "hidalgo" };

describe("speechSegments(quote)", () => {
  it("cuts a passage into narration and speech, in reading order, that give the passage back", () => {
    const quote: QuoteRecord = {
      text: "Elle veut « a b » puis « c d » enfin",
      speech: [
        { words: "c d", speaker: hidalgo },
        { words: "a b", speaker: { by: "unnamed" } },
      ],
    };
    expect(speechSegments(quote)).toEqual([{ text: "Elle veut « " }, { text: "a b", speech: 1 }, { text: " » puis « " }, { text: "c d", speech: 0 }, { text: " » enfin" }]);
  });

  it("gives every quote of the dataset back verbatim, with each of its spans marked once", () => {
    for (const { quote } of locatedQuotes(d)) {
      const segments = speechSegments(quote);
      expect(segments.map((s) => s.text).join("")).toBe(quote.text);
      expect(segments.filter((s) => s.speech !== undefined)).toHaveLength(quote.speech?.length ?? 0);
    }
  });

  it("leaves a span that is not in the passage, or overlaps an earlier one, as narration", () => {
    const quote: QuoteRecord = {
      text: "abc abc",
      speech: [
        { words: "abc", speaker: hidalgo },
        { words: "bc a", speaker: hidalgo },
        { words: "zzz", speaker: hidalgo },
      ],
    };
    expect(speechSegments(quote)).toEqual([{ text: "abc", speech: 0 }, { text: " abc" }]);
    // The same words twice: the second span takes the second occurrence.
    expect(
      speechSegments({
        text: "oui, oui",
        speech: [
          { words: "oui", speaker: hidalgo },
          { words: "oui", speaker: hidalgo },
        ],
      }).filter((s) => s.speech !== undefined),
    ).toHaveLength(2);
  });
});

describe("wholeSpeech(quote)", () => {
  it("is the span when the passage is those words, give or take guillemets and final punctuation", () => {
    const span = { words: "Nous y sommes hostiles", speaker: hidalgo };
    expect(wholeSpeech({ text: "Nous y sommes hostiles", speech: [span] })).toBe(span);
    expect(wholeSpeech({ text: "« Nous y sommes hostiles. »", speech: [span] })).toBe(span);
  });

  it("is undefined for narration around speech, for narration alone, and for several spans", () => {
    const span = { words: "Nous y sommes hostiles", speaker: hidalgo };
    expect(wholeSpeech({ text: "« Nous y sommes hostiles », appuie Jean-Louis Missika", speech: [span] })).toBeUndefined();
    expect(wholeSpeech({ text: "Nous y sommes hostiles" })).toBeUndefined();
    expect(
      wholeSpeech({
        text: "a b",
        speech: [
          { words: "a", speaker: hidalgo },
          { words: "b", speaker: hidalgo },
        ],
      }),
    ).toBeUndefined();
  });
});

describe("speakerRank(dataset, speaker, candidate)", () => {
  it("ranks the candidate's own words first, then spokesperson, list and party, and nobody else's", () => {
    expect(speakerRank(d, hidalgo, "hidalgo")).toBe(0);
    expect(speakerRank(d, { by: "spokesperson", spokesperson: "midy" }, "buzyn")).toBe(1);
    expect(speakerRank(d, { by: "list", candidate: "buzyn" }, "buzyn")).toBe(2);
    expect(speakerRank(d, { by: "party", party: "LFI" }, "simonnet")).toBe(3);
    expect(speakerRank(d, hidalgo, "dati")).toBeUndefined();
    expect(speakerRank(d, { by: "spokesperson", spokesperson: "midy" }, "hidalgo")).toBeUndefined();
    expect(speakerRank(d, { by: "unnamed" }, "hidalgo")).toBeUndefined();
    expect(speakerRank(d, { by: "candidates", candidates: ["buzyn", "hidalgo"] }, "hidalgo")).toBeUndefined();
  });
});

describe("candidateSpeech(dataset, candidate)", () => {
  it("lists only words the candidate's camp spoke, in their own proposals, own words first", () => {
    for (const c of d.candidates) {
      const found = candidateSpeech(d, c.id);
      for (const s of found) {
        expect(s.proposal.candidate).toBe(c.id);
        expect(s.quote.speech).toContain(s.speech);
      }
      expect(found.map((s) => s.rank)).toEqual([...found.map((s) => s.rank)].sort((a, b) => a - b));
      const own = allSpeech(d).some(({ speech, path }) => path[0] === "proposals" && speech.speaker.by === "candidate" && speech.speaker.candidate === c.id);
      if (own) expect(found[0]?.rank).toBe(0);
    }
  });
});
