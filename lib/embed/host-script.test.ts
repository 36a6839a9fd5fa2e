// The host page's script is written readable (host-script.js) and served minified
// (host-script.min.ts, generated): the served bytes must be the source's, small, and size only
// an iframe that speaks for itself, from its own origin, within bounds.
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { MINIFIED_FILE, minifiedModule } from "../cli/build-scripts.mjs";
import { HOST_SCRIPT } from "./scripts";

/** A host page with one embed iframe from `src`, running the served script; returns how to post to it. */
function hostPage(src: string) {
  const listeners: Record<string, ((event: unknown) => void)[]> = {};
  const embedWindow = { postMessage: () => {} };
  const frame = { src, contentWindow: embedWindow, style: { height: "300px" }, addEventListener: () => {} };
  const window: Record<string, unknown> = {
    location: { href: "https://news.example/article" },
    document: { querySelectorAll: () => [frame] },
    addEventListener: (type: string, listener: (event: unknown) => void) => (listeners[type] ??= []).push(listener),
    URL,
    Number,
    Math,
    isFinite,
  };
  window.window = window;
  runInNewContext(HOST_SCRIPT, window);
  const post = (data: unknown, origin = "https://charts.example", source: unknown = embedWindow) => {
    for (const listener of listeners.message ?? []) listener({ data, origin, source });
    return frame.style.height;
  };
  return { post };
}

describe("/embed.js", () => {
  it("is its readable source minified (run `npm run scripts:build` after editing host-script.js)", () => {
    expect(readFileSync(MINIFIED_FILE, "utf8")).toBe(minifiedModule());
    expect(HOST_SCRIPT.length).toBeLessThan(1024);
  });

  it("sizes the iframe to the height its own document reports", () => {
    const { post } = hostPage("https://charts.example/embed/cameras");
    expect(post({ type: "embed-size", height: 512.3 })).toBe("513px");
  });

  it("refuses heights out of bounds, other windows, other origins and the AMP form", () => {
    const { post } = hostPage("https://charts.example/embed/cameras");
    expect(post({ type: "embed-size", height: 50 })).toBe("300px");
    expect(post({ type: "embed-size", height: 9000 })).toBe("300px");
    expect(post({ type: "embed-size", height: "NaN" })).toBe("300px");
    expect(post({ type: "embed-size", height: 500 }, "https://evil.example")).toBe("300px");
    expect(post({ type: "embed-size", height: 500 }, "https://charts.example", {})).toBe("300px");
    expect(post({ type: "embed-size", height: 500, sentinel: "amp" })).toBe("300px");
  });
});
