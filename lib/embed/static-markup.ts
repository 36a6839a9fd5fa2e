// Static HTML/SVG from the same hook-free chart components the dashboard renders.
//
// Why this module exists: embeds must weigh a few kilobytes, so they cannot be App Router pages
// (the client runtime alone is ~135 KB gzipped). Next 16 refuses `import "react-dom/server"` in
// App Router code at build time, and a dynamic import fails at prerender; loading it at run time
// through createRequire works in route handlers. Keep every such use behind this one function.
import "server-only";
import { createRequire } from "node:module";
import type { ReactElement } from "react";

const load = createRequire(import.meta.url);

/** Renders hook-free components to a markup string (no React attributes, no scripts). */
export function staticMarkup(element: ReactElement): string {
  const server = load("react-dom/server") as typeof import("react-dom/server");
  return server.renderToStaticMarkup(element);
}
