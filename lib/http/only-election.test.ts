import { describe, expect, it } from "vitest";
import { onlyElectionTarget } from "./only-election";

// The bundled data has one election, Paris 2020.
describe("onlyElectionTarget", () => {
  it("renders a bare /fr or /en as the only election's dashboard", () => {
    expect(onlyElectionTarget("/fr", "")).toEqual({ kind: "render", election: "paris-2020", path: "/fr/paris-2020" });
    expect(onlyElectionTarget("/en", "")).toEqual({ kind: "render", election: "paris-2020", path: "/en/paris-2020" });
  });

  it("redirects /{lang}?… to the dashboard with the query kept", () => {
    expect(onlyElectionTarget("/en", "?highlight=buzyn")).toEqual({ kind: "redirect", election: "paris-2020", path: "/en/paris-2020?highlight=buzyn" });
  });

  it("leaves every other URL alone", () => {
    for (const path of ["/", "/fr/paris-2020", "/fr/paris-2020/figures", "/de", "/api/elections"]) expect(onlyElectionTarget(path, "")).toBeUndefined();
  });
});
