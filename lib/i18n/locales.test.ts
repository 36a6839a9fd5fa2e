import { describe, expect, it } from "vitest";
import { isLocale, otherLocale, preferredLocale } from "./locales";

describe("preferredLocale(acceptLanguage)", () => {
  it("defaults to French when the header is missing, empty or names neither language", () => {
    expect(preferredLocale(null)).toBe("fr");
    expect(preferredLocale("")).toBe("fr");
    expect(preferredLocale("de-DE,de;q=0.9")).toBe("fr");
  });

  it("picks English when the browser prefers it, honouring q-values", () => {
    expect(preferredLocale("en-US,en;q=0.9")).toBe("en");
    expect(preferredLocale("fr;q=0.5, en;q=0.8")).toBe("en");
    expect(preferredLocale("en;q=0.3, fr-CA;q=0.7")).toBe("fr");
  });

  it("ignores malformed q-values instead of throwing", () => {
    expect(preferredLocale("en;q=abc, fr")).toBe("fr");
  });
});

describe("isLocale", () => {
  it("accepts fr and en only", () => {
    expect(["fr", "en", "de", "FR", "", "<script>", undefined].map(isLocale)).toEqual([true, true, false, false, false, false, false]);
    expect(otherLocale("fr")).toBe("en");
  });
});
