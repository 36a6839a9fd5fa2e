// The only JavaScript embeds use, kept small (measured by `npm run budget`): the embed's inline
// script, and the host page's `/embed.js`.

/**
 * Inline in every embed: posts the page's height to the host whenever it changes (plain and AMP
 * forms, DESIGN.md §6), and again when the host asks (its script may load after the embed), and
 * shows a mark's name (a chart's `a[aria-label]`) as a tooltip on hover or focus.
 */
export function embedInlineScript(chart: string): string {
  return `(function(){var c=${JSON.stringify(chart)},l=0,d=document.documentElement;function p(){var h=Math.ceil(d.getBoundingClientRect().height);if(h!==l){l=h;parent.postMessage({type:"embed-size",chart:c,height:h},"*");parent.postMessage({sentinel:"amp",type:"embed-size",height:h},"*")}}if(window.ResizeObserver)new ResizeObserver(p).observe(d);addEventListener("load",p);addEventListener("message",function(e){if(e.source===parent&&e.data&&e.data.type==="embed-size-request"){l=0;p()}});p();var t=document.createElement("div");t.className="chart-tooltip";t.setAttribute("role","tooltip");t.hidden=true;document.body.appendChild(t);function m(e){return e.target.closest?e.target.closest(".chart a[aria-label]"):null}function s(e){var k=m(e);if(!k)return;var b=k.getBoundingClientRect();t.textContent=k.getAttribute("aria-label");t.style.left=Math.min(Math.max(b.left+b.width/2,140),innerWidth-140)+"px";t.style.top=b.top+"px";t.hidden=false}function h(e){var k=m(e);if(k&&!(e.relatedTarget&&k.contains(e.relatedTarget)))t.hidden=true}addEventListener("pointerover",s);addEventListener("focusin",s);addEventListener("pointerout",h);addEventListener("focusout",h);addEventListener("keydown",function(e){if(e.key==="Escape")t.hidden=true})})();`;
}

/**
 * `/embed.js`, for the host page: resizes `iframe[data-p20-embed]` to the height its own document
 * reports, from that iframe and its origin only, within bounds. Readable source with its reasons:
 * lib/embed/host-script.js, minified at build (`npm run scripts:build`).
 */
export { HOST_SCRIPT } from "./host-script.min";
