// The stylesheets that embeds and exported files carry inline. The page's CSS files stay the one
// source of truth: embeds inline them as they are; exports (SVG, PNG) get their var() tokens
// replaced by concrete colours, since vector editors and the PNG renderer know no custom properties.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

type Scheme = "light" | "dark";

function read(file: string): string {
  // next start runs from the project root, where the source stylesheets live.
  return readFileSync(path.join(process.cwd(), "app", file), "utf8");
}

/** Comments and runs of white space removed: enough to keep embeds small. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{}:;,>])\s*/g, "$1")
    .replace(/;}/g, "}")
    .trim();
}

/** Splits `a, b` at top-level commas only (light-dark(rgba(1, 2, 3), …) has nested ones). */
function splitTopLevel(args: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of args) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  parts.push(current.trim());
  return parts;
}

/** The colour tokens of globals.css (`--bar: light-dark(#08519c, #9ecae1)`) for one scheme. */
export function colourTokens(globalsCss: string, scheme: Scheme): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const m of globalsCss.matchAll(/(--[\w-]+):\s*light-dark\(([^;]+)\);/g)) {
    const [light, dark] = splitTopLevel(m[2]!);
    tokens[m[1]!] = scheme === "light" ? light! : dark!;
  }
  return tokens;
}

/** Top-level rules of a stylesheet, reduced to selectors the SVG renderers understand (no @media, no pseudo-classes). */
function plainRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === "{") depth++;
    if (css[i] === "}" && --depth === 0) {
      const rule = css.slice(start, i + 1).trim();
      const brace = rule.indexOf("{");
      // Keep the selectors of a list that have no pseudo-class; drop @-rules and rules left empty.
      const selectors = rule
        .slice(0, brace)
        .split(",")
        .map((x) => x.trim())
        .filter((x) => x && !x.includes(":"));
      if (!rule.startsWith("@") && selectors.length) rules.push(`${selectors.join(",")}${rule.slice(brace)}`);
      start = i + 1;
    }
  }
  return rules;
}

let cache: { globals: string; charts: string } | undefined;
function sheets() {
  cache ??= { globals: minifyCss(read("globals.css")), charts: minifyCss(read("charts.css")) };
  return cache;
}

/** The CSS an embed page inlines: the site's tokens and base styles, then the chart styles. */
export function embedCss(): string {
  const { globals, charts } = sheets();
  return `${globals}${charts}`;
}

/** Class-name prefixes of rules every export carries: the chart's frame and labels, and the export's own. */
const SHARED_EXPORT_CLASSES = ["chart", "export"];

/**
 * The CSS a standalone SVG carries: the rules of the shared classes and of the chart kind's own
 * (BuiltChart.exportClasses: "heatmap", "bar"…), with concrete colours for one scheme.
 */
export function exportCss(scheme: Scheme, kindClasses: readonly string[]): string {
  const { globals, charts } = sheets();
  const tokens = colourTokens(globals, scheme);
  const prefixes = [...SHARED_EXPORT_CLASSES, ...kindClasses].map((c) => c.replace(/[^\w-]/g, ""));
  const kept = new RegExp(`\\.(${prefixes.join("|")})`);
  const resolved = plainRules(charts)
    .filter((rule) => /^[.\w]/.test(rule) && kept.test(rule.slice(0, rule.indexOf("{"))))
    .join("")
    .replace(/var\((--[\w-]+)\)/g, (_, name: string) => tokens[name] ?? "currentColor");
  return resolved;
}

/** One colour token for one scheme (the export's background, for instance). */
export function tokenColour(name: string, scheme: Scheme): string {
  return colourTokens(sheets().globals, scheme)[name] ?? "#000";
}
