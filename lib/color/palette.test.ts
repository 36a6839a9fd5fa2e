// The palette check. Threshold: adjacent levels must stay at least 10 CIEDE2000 units apart under
// each simulated dichromacy. One unit is about one just-noticeable difference for large patches
// side by side; chart cells are small, spread apart and seen on uncalibrated screens, where
// Stone, Szafir & Setlur (2014, "An engineering model for color difference as a function of
// size") found the needed difference grows several-fold. 10 keeps a wide margin over that.
import { describe, expect, it } from "vitest";
import { LEVEL_FILLS, LEVEL_TEXT } from "./palette";
import { contrastRatio, type Deficiency, deltaE2000, parseHex, simulate, toLab } from "./vision";

const MIN_DELTA_E = 10;
const levels = [1, 2, 3] as const;
const pairs = [
  [1, 2],
  [2, 3],
] as const;

describe("heatmap level colours", () => {
  for (const deficiency of ["protanopia", "deuteranopia", "tritanopia"] as Deficiency[]) {
    it(`keep adjacent levels apart (ΔE2000 ≥ ${MIN_DELTA_E}) under ${deficiency}`, () => {
      for (const [a, b] of pairs) {
        const seen = (level: 1 | 2 | 3) => toLab(simulate(parseHex(LEVEL_FILLS[level]), deficiency));
        expect(deltaE2000(seen(a), seen(b)), `levels ${a} and ${b}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      }
    });
  }

  it("are ordered by lightness, so the order reads without hue", () => {
    const lightness = levels.map((l) => toLab(parseHex(LEVEL_FILLS[l]))[0]);
    expect([...lightness].sort((x, y) => y - x)).toEqual(lightness);
  });

  it("carry their printed level at AA contrast (4.5:1)", () => {
    for (const l of levels) expect(contrastRatio(LEVEL_FILLS[l], LEVEL_TEXT[l])).toBeGreaterThanOrEqual(4.5);
  });
});

describe("the check itself", () => {
  it("fails a red/green pair that deuteranopes confuse", () => {
    const seen = (hex: string) => toLab(simulate(parseHex(hex), "deuteranopia"));
    expect(deltaE2000(seen("#d95f02"), seen("#66a61e"))).toBeLessThan(MIN_DELTA_E);
  });

  it("computes CIEDE2000 like the reference data (Sharma et al., pair 1)", () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
  });
});
