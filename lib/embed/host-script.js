// `/embed.js`, for the page that hosts our iframes: sizes each `iframe[data-p20-embed]` to the
// height its own document reports (the embed's inline script posts it, lib/embed/scripts.ts).
// Readable source: `npm run scripts:build` (and every `npm run build`) minifies it into
// host-script.min.ts, which the route serves. Plain ES5 (var declared at the top of each function)
// in one IIFE that leaks nothing but its once-flag: it runs on any host page, next to any other
// script, and must stay under 1 KB.
(function () {
  // A host page may include the script once per embed: the first copy does the work.
  if (window.__p20Embed) return;
  window.__p20Embed = 1;

  var IFRAMES = "iframe[data-p20-embed]";
  // Heights outside these bounds are refused (a broken or hostile page could ask for anything).
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 8000;

  addEventListener("message", function (event) {
    var data = event.data;
    var height, frames, origin, i;
    // Only the plain form: the AMP form (`sentinel: "amp"`) is for AMP's own runtime.
    if (!data || data.type !== "embed-size" || data.sentinel) return;
    height = Number(data.height);
    if (!isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return;
    frames = document.querySelectorAll(IFRAMES);
    for (i = 0; i < frames.length; i++) {
      // The sender is found by its window: a frame cannot speak for another.
      if (frames[i].contentWindow !== event.source) continue;
      try {
        origin = new URL(frames[i].src, location.href).origin;
      } catch (error) {
        return;
      }
      // …and the message must come from the origin the iframe was pointed at.
      if (event.origin === origin) frames[i].style.height = Math.ceil(height) + "px";
      return;
    }
  });

  /** Asks one embed for its height (it may have posted it before this script ran). */
  function ask(frame) {
    try {
      frame.contentWindow.postMessage({ type: "embed-size-request" }, "*");
    } catch (error) {
      // A frame that is gone or not loaded yet answers when its load event comes.
    }
  }

  /** Asks every embed now, and again whenever one (re)loads: load order does not matter. */
  function askAll() {
    var frames = document.querySelectorAll(IFRAMES);
    var i;
    for (i = 0; i < frames.length; i++) {
      if (!frames[i].__p20) {
        frames[i].__p20 = 1;
        frames[i].addEventListener("load", ask.bind(null, frames[i]));
      }
      ask(frames[i]);
    }
  }

  askAll();
  // Iframes written after this script (below it in the page) are found once the page is parsed.
  addEventListener("DOMContentLoaded", askAll);
  addEventListener("load", askAll);
})();
