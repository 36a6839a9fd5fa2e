import { describe, expect, it } from "vitest";
import { lcpBreakdown } from "./lcp.mjs";

/** A Lighthouse result with the audits lcpBreakdown reads: a page whose largest paint came after one of its two scripts. */
const lhr = {
  audits: {
    "largest-contentful-paint": { numericValue: 2515.6 },
    "first-contentful-paint": { numericValue: 1320.8 },
    redirects: { numericValue: 625.1 },
    "dom-size": { numericValue: 2565 },
    "mainthread-work-breakdown": {
      numericValue: 5299,
      details: {
        items: [
          { group: "styleLayout", duration: 1128 },
          { group: "parseHTML", duration: 505 },
          { group: "scriptEvaluation", duration: 1417 },
        ],
      },
    },
    metrics: { details: { items: [{ observedLargestContentfulPaint: 601 }] } },
    "network-requests": {
      details: {
        items: [
          { resourceType: "Document", transferSize: 65_314, networkEndTime: 135 },
          { resourceType: "Stylesheet", transferSize: 1463, networkEndTime: 342 },
          { resourceType: "Stylesheet", transferSize: 2486, networkEndTime: 342 },
          { resourceType: "Script", transferSize: 72_461, networkEndTime: 509 },
          { resourceType: "Script", transferSize: 9624, networkEndTime: 700 },
        ],
      },
    },
  },
};

describe("lcpBreakdown", () => {
  it("lcpBreakdown(lhr) counts only the scripts that had loaded before the largest paint was seen", () => {
    expect(lcpBreakdown(lhr)).toContain("largest paint seen at 601 ms unthrottled, after 1 scripts (70.8 KB) had loaded");
  });

  it("lcpBreakdown(lhr) reports the redirect, the document on the wire and the render-blocking CSS", () => {
    expect(lcpBreakdown(lhr)).toMatch(/^LCP 2516 ms, FCP 1321 ms; redirects 625 ms; document 63\.8 KB, 2565 elements; CSS files 2 \(3\.9 KB\); fonts 0;/);
  });
});
