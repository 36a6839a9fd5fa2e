// The byte cache sends reader pages without the framework's scripts, keeping the page's own.
import { describe, expect, it } from "vitest";
import { SITE_SCRIPT_LOADER } from "@/lib/site-script/loader";
import { withoutFrameworkScripts } from "./lean-page";

const THEME = '<script>try{var t=localStorage.getItem("theme")}catch(e){}</script>';
/** The site script's loader, as the header renders it (inline: the script itself is loaded after the page's load event). */
const SITE = `<script>${SITE_SCRIPT_LOADER}</script>`;
const page = (body: string) =>
  `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/c.js" async=""></script>${THEME}<script src="/_next/static/chunks/d.js" noModule=""></script></head><body>${SITE}<main>${body}</main><script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"big payload"])</script></body></html>`;

describe("withoutFrameworkScripts(…)", () => {
  it("drops Next.js's script files, their preloads, its React payload and chunk list", () => {
    const lean = withoutFrameworkScripts(page("<h1>Paris</h1>"));
    expect(lean).not.toMatch(/_next\/static\/chunks\/[bcd]\.js|__next_f|TURBOPACK/);
  });

  it("keeps the page's markup, its style sheets, its own inline script and the site script", () => {
    const lean = withoutFrameworkScripts(page("<h1>Paris</h1>"));
    for (const kept of ["<h1>Paris</h1>", 'href="/_next/static/chunks/a.css"', THEME, SITE]) expect(lean).toContain(kept);
  });

  it("leaves a page whole when a part of it still needs the framework: streamed, or left for the client to render", () => {
    const streamed = page('<!--$?--><template id="B:0"></template><!--/$--><div hidden id="S:0"><p>late</p></div><script>$RC("B:0","S:0")</script>');
    expect(withoutFrameworkScripts(streamed)).toBe(streamed);
    const clientRendered = page('<!--$!--><template data-dgst="BAILOUT"></template><p>fallback</p><!--/$-->');
    expect(withoutFrameworkScripts(clientRendered)).toBe(clientRendered);
  });

  it("drops React's render timestamp script", () => {
    expect(withoutFrameworkScripts(page("<h1>Paris</h1>").replace("<main>", '<script id="_R_">$RT=performance.now()</script><main>'))).not.toContain("$RT=");
  });
});
