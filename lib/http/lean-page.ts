// A page the byte cache keeps goes to readers without Next.js's client runtime: no reader page has
// a React island (their behaviour is the site script's, lib/site-script/), so the framework's
// scripts and the inline React payload that repeats the page's markup would only cost the reader
// a download, a parse and a hydration (Lighthouse's mobile preset: TBT 450–650 ms on /fr with
// them, under 100 without). The page's own inline scripts (the theme's) and `/site.js` stay.

/** An inline script of the framework's: the React payload and the bundler's chunk list. */
const FRAMEWORK_INLINE = /self\.__next_f|globalThis\["TURBOPACK"\]/;

/** Markup the framework streams for a suspended part of a page, which its inline scripts put in place: such a page is left whole. */
const STREAMED_PARTS = /<template id="B:|<div hidden id="S:|\$RC\(/;

/** The document without Next.js's scripts and script preloads; unchanged when it streams suspended parts (they need them). */
export function withoutFrameworkScripts(html: string): string {
  if (STREAMED_PARTS.test(html)) return html;
  return html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attributes: string, text: string) => {
      const src = /\bsrc="([^"]*)"/i.exec(attributes)?.[1];
      const framework = src ? src.startsWith("/_next/") : FRAMEWORK_INLINE.test(text);
      return framework ? "" : whole;
    })
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*>/gi, (link) => (/\bas="script"|rel="modulepreload"/i.test(link) && /\bhref="\/_next\//i.test(link) ? "" : link));
}
