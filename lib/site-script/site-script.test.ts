// The reader pages' script is written as modules (lib/site-script/) and served bundled: the bundle
// committed (and the URL that names it by its content's hash) is the one its sources make.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SITE_MINIFIED_FILE, siteScriptModule } from "../cli/build-scripts.mjs";

describe("the site script", () => {
  it("is its sources bundled (run `npm run scripts:build` after editing lib/site-script/)", () => {
    expect(readFileSync(SITE_MINIFIED_FILE, "utf8")).toBe(siteScriptModule());
  });
});
