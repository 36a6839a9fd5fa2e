// The reader pages' script is written as modules (lib/site-script/) and served bundled: the bundle
// committed is the one its sources make, and pages name it by its content.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SITE_MINIFIED_FILE, siteScriptModule } from "../cli/build-scripts.mjs";
import { SITE_SCRIPT, SITE_SCRIPT_SRC } from "./site-script.min";

describe("the site script", () => {
  it("is its sources bundled (run `npm run scripts:build` after editing lib/site-script/)", () => {
    expect(readFileSync(SITE_MINIFIED_FILE, "utf8")).toBe(siteScriptModule());
  });

  it("is loaded from a URL that changes with its content", () => {
    const hash = createHash("sha256").update(SITE_SCRIPT).digest("base64url").slice(0, 10);
    expect(SITE_SCRIPT_SRC).toBe(`/site.js?v=${hash}`);
  });
});
