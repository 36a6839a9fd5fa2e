// The only JavaScript embeds use, kept as small literal strings (measured by `npm run budget`).

/**
 * Inline in every embed: posts the page's height to the host whenever it changes (plain and AMP
 * forms, DESIGN.md §6), and again when the host asks (its script may load after the embed), and
 * shows a mark's `data-tip` as a tooltip on hover or focus.
 */
export function embedInlineScript(chart: string): string {
  return `(function(){var c=${JSON.stringify(chart)},l=0,d=document.documentElement;function p(){var h=Math.ceil(d.getBoundingClientRect().height);if(h!==l){l=h;parent.postMessage({type:"embed-size",chart:c,height:h},"*");parent.postMessage({sentinel:"amp",type:"embed-size",height:h},"*")}}if(window.ResizeObserver)new ResizeObserver(p).observe(d);addEventListener("load",p);addEventListener("message",function(e){if(e.source===parent&&e.data&&e.data.type==="embed-size-request"){l=0;p()}});p();var t=document.createElement("div");t.className="chart-tooltip";t.setAttribute("role","tooltip");t.hidden=true;document.body.appendChild(t);function m(e){return e.target.closest?e.target.closest("[data-tip]"):null}function s(e){var k=m(e);if(!k)return;var b=k.getBoundingClientRect();t.textContent=k.getAttribute("data-tip");t.style.left=Math.min(Math.max(b.left+b.width/2,140),innerWidth-140)+"px";t.style.top=b.top+"px";t.hidden=false}function h(e){var k=m(e);if(k&&!(e.relatedTarget&&k.contains(e.relatedTarget)))t.hidden=true}addEventListener("pointerover",s);addEventListener("focusin",s);addEventListener("pointerout",h);addEventListener("focusout",h);addEventListener("keydown",function(e){if(e.key==="Escape")t.hidden=true})})();`;
}

/** Bounds a reported height must fall within before the host applies it. */
export const HEIGHT_BOUNDS = { min: 100, max: 8000 } as const;

/**
 * `/embed.js`, for the host page: resizes `iframe[data-p20-embed]` to the height its own document
 * reports. The iframe is found by `event.source` (a frame cannot speak for another), the message's
 * origin must be the iframe's, and only finite heights within bounds are applied. It asks each
 * embed for its height when it starts and when an iframe (re)loads, so load order does not matter.
 */
export const HOST_SCRIPT = `(function(){if(window.__p20Embed)return;window.__p20Embed=1;var q="iframe[data-p20-embed]";addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="embed-size"||d.sentinel)return;var h=Number(d.height);if(!isFinite(h)||h<${HEIGHT_BOUNDS.min}||h>${HEIGHT_BOUNDS.max})return;var f=document.querySelectorAll(q);for(var i=0;i<f.length;i++){if(f[i].contentWindow!==e.source)continue;var o;try{o=new URL(f[i].src,location.href).origin}catch(x){return}if(e.origin===o)f[i].style.height=Math.ceil(h)+"px";return}});function a(f){try{f.contentWindow.postMessage({type:"embed-size-request"},"*")}catch(x){}}function s(){var f=document.querySelectorAll(q);for(var i=0;i<f.length;i++){if(!f[i].__p20){f[i].__p20=1;f[i].addEventListener("load",a.bind(null,f[i]))}a(f[i])}}s();addEventListener("DOMContentLoaded",s);addEventListener("load",s)})();`;
