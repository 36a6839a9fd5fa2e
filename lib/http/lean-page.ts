// A page the byte cache keeps goes to readers without Next.js's client runtime: no reader page has
// a React island (their behaviour is the site script's, lib/site-script/), so the framework's
// scripts and the inline React payload that repeats the page's markup would only cost the reader
// a download, a parse and a hydration (Lighthouse's mobile preset: TBT 450–650 ms on /fr with
// them, under 100 without). The page's own inline scripts (the theme's) and `/site.js` stay.

/** An inline script of the framework's: the React payload, the bundler's chunk list, React's render timestamp. */
const FRAMEWORK_INLINE = /self\.__next_f|globalThis\["TURBOPACK"\]|^\$RT=/;

/**
 * A part of the page the framework's scripts still have to put in place or render: a suspended
 * boundary (`<!--$?-->`, streamed with `<template id="B:…">` and `<div hidden id="S:…">`), one the
 * server gave up on for the client to render (`<!--$!-->`), or React's scripts that swap them in
 * (`$RC(`, `$RX(`, …). Such a page is left whole.
 */
const UNFINISHED_PARTS = /<!--\$[?!]-->|<template id="B:|<div hidden id="S:|\$R[A-Z]\(/;

/** The document without Next.js's scripts and script preloads; unchanged when a part of it still needs them. */
export function withoutFrameworkScripts(html: string): string {
  if (UNFINISHED_PARTS.test(html)) return html;
  return html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attributes: string, text: string) => {
      const src = /\bsrc="([^"]*)"/i.exec(attributes)?.[1];
      const framework = src ? src.startsWith("/_next/") : FRAMEWORK_INLINE.test(text);
      return framework ? "" : whole;
    })
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*>/gi, (link) => (/\bas="script"|rel="modulepreload"/i.test(link) && /\bhref="\/_next\//i.test(link) ? "" : link));
}
