// How a reader page loads its script: not with the document, but once the page has loaded and its
// first frame is painted. Nothing the reader sees waits for it (every part it enhances works as
// plain HTML meanwhile), and the first paint never waits for its download on a slow network.
import { SITE_SCRIPT_SRC } from "./site-script.min";

/** Inline in each reader page (SiteHeader): appends `/site.js` to the head after the load event and the next frame. A constant, so the per-request policy allows it by hash (lib/http/security.ts). */
export const SITE_SCRIPT_LOADER = `addEventListener("load",function(){requestAnimationFrame(function(){setTimeout(function(){var s=document.createElement("script");s.src=${JSON.stringify(SITE_SCRIPT_SRC)};document.head.appendChild(s)})})});`;
