// What a page's inline React payload carries. An App Router page repeats its server-rendered tree
// as JSON for hydration, in `self.__next_f.push([1, "…"])` scripts: rows of `id:` then a JSON model
// (`["$", type, key, props]` elements, `"$1c"`/`"$L1c"` references to other rows), an import
// (`I[…]`, a client component's module and export), a hint (`HL[…]`) or a text (`T<hex length>,…`).
// These helpers decode it and weigh it by kind, for `lib/cli/payload-report.mjs`. Plain JavaScript:
// the report runs in Node without a TypeScript loader; pure, so it is unit-tested.

import { inlineScripts } from "../http/inline-scripts.mjs";

/** How an inline payload script begins. */
const PUSH = "self.__next_f.push(";

/** The payload's chunks: the `[1, "…"]` of each inline `self.__next_f.push(…)` script (lib/http/inline-scripts.mjs finds them), in order. */
function flightChunkTexts(html) {
  return inlineScripts(html)
    .filter((script) => script.startsWith(PUSH) && script.endsWith(")"))
    .map((script) => JSON.parse(script.slice(PUSH.length, -1)))
    .filter(([kind, chunk]) => kind === 1 && typeof chunk === "string")
    .map(([, chunk]) => chunk);
}

/** The payload's text: every `self.__next_f.push([1, "…"])` chunk of an HTML document, joined in order. */
export function flightText(html) {
  return flightChunkTexts(html).join("");
}

/** How many payload chunks (each its own inline `<script>`) the document carries. */
export function flightChunks(html) {
  return flightChunkTexts(html).length;
}

/**
 * The payload's rows: `{ id, tag, body, bytes }`, tag "I" (import), "HL" (hint), "T" (text) or ""
 * (a JSON model); bytes as sent, UTF-8, with the row's own `id:` and line end.
 */
export function flightRows(text) {
  const buffer = Buffer.from(text, "utf8");
  const rows = [];
  let at = 0;
  while (at < buffer.length) {
    const colon = buffer.indexOf(":", at);
    if (colon < 0) break;
    const id = buffer.subarray(at, colon).toString();
    const tag = /^[A-Z]+/.exec(buffer.subarray(colon + 1, colon + 3).toString())?.[0] ?? "";
    if (tag === "T") {
      // A text row says its length in bytes, and has no line end of its own.
      const comma = buffer.indexOf(",", colon);
      const length = Number.parseInt(buffer.subarray(colon + 2, comma).toString(), 16);
      rows.push({ id, tag, body: buffer.subarray(comma + 1, comma + 1 + length).toString(), bytes: comma + 1 + length - at });
      at = comma + 1 + length;
      continue;
    }
    const end = buffer.indexOf("\n", colon);
    const stop = end < 0 ? buffer.length : end;
    rows.push({ id, tag, body: buffer.subarray(colon + 1 + tag.length, stop).toString(), bytes: stop + 1 - at });
    at = stop + 1;
  }
  return rows;
}

/** A reference to another row inside a JSON model: `$1c`, `$L1c` (lazy), `$@1c` (promise), `$Q1c` (map); the row's id, or undefined. */
function referencedRow(value) {
  return /^\$(?:[LQW@])?([0-9a-f]+)(?::|$)/.exec(value)?.[1];
}

const bytesOf = (value) => Buffer.byteLength(JSON.stringify(value), "utf8");

/** Strings shorter than this are not worth listing as repeated (class names, ids, numbers). */
const MIN_REPEATED = 16;

/** Which kind an element starts, by its type (and a client component's name); undefined: its parent's. */
function kindOf(type, imports) {
  if (type === "svg") return "chart SVG";
  if (type === "table") return "data tables";
  if (type === "title" || type === "meta" || type === "link") return "head (metadata, styles)";
  const row = typeof type === "string" ? referencedRow(type) : undefined;
  const name = row === undefined ? undefined : imports.get(row);
  if (name === undefined) return undefined;
  return name === "default" || /Boundary$/.test(name) ? "framework components" : `island props: ${name}`;
}

/**
 * The payload's bytes by kind: each row's bytes go to the kind of the element that holds them
 * (chart SVG, data tables, a client island's props by its name, head metadata and styles, the
 * framework's own components and modules), the rest to "page markup"; a row another row refers
 * to takes the kind of the place it is referred from. Also counts `"$undefined"` props (an
 * attribute set to undefined, sent anyway) and the bytes of strings sent more than once.
 */
export function payloadBreakdown(rows) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  // An import names its export, or refers to a row holding the name (`"$e"`, with `e:"ViewportBoundary"`).
  const named = (name) => (typeof name === "string" && referencedRow(name) !== undefined && byId.has(referencedRow(name)) ? JSON.parse(byId.get(referencedRow(name)).body) : name);
  const imports = new Map(rows.filter((r) => r.tag === "I").map((r) => [r.id, named(JSON.parse(r.body)[2])]));
  const kinds = new Map();
  const add = (kind, bytes) => kinds.set(kind, (kinds.get(kind) ?? 0) + bytes);
  const strings = new Map();
  let undefinedProps = 0;
  const seen = new Set();

  /** Attributes a JSON value's bytes to `kind` (or to the kinds of the elements inside it); returns its bytes. */
  const visit = (value, kind) => {
    const size = bytesOf(value);
    if (value !== null && typeof value === "object") return visitInside(value, kind, size);
    const row = typeof value === "string" ? referencedRow(value) : undefined;
    if (row !== undefined && byId.has(row)) visitRow(row, kind);
    else if (typeof value === "string" && value.length >= MIN_REPEATED && !value.startsWith("$")) strings.set(value, (strings.get(value) ?? 0) + 1);
    add(kind, size);
    return size;
  };
  const visitInside = (value, kind, size) => {
    const element = Array.isArray(value) && value[0] === "$" && value.length === 4;
    const own = element ? (kindOf(value[1], imports) ?? kind) : kind;
    const props = element ? value[3] : undefined;
    if (own.startsWith("island props") && props && typeof props === "object") {
      // The island's children stay their parent's kind: server-rendered markup passed through it.
      const { children, ...rest } = props;
      for (const prop of Object.values(rest)) if (prop === "$undefined") undefinedProps += 1;
      const inner = children === undefined ? 0 : visit(children, kind);
      add(own, size - inner);
      return size;
    }
    let inner = 0;
    for (const child of Object.values(value)) {
      if (child === "$undefined" && !Array.isArray(value)) undefinedProps += 1;
      inner += visit(child, own);
    }
    add(own, size - inner);
    return size;
  };
  const visitRow = (id, kind) => {
    if (seen.has(id)) return;
    seen.add(id);
    const row = byId.get(id);
    if (row.tag === "I" || row.tag === "HL") return add("framework modules and hints", row.bytes);
    if (row.tag === "T") return add(kind, row.bytes);
    let model;
    try {
      model = JSON.parse(row.body);
    } catch {
      return add(kind, row.bytes);
    }
    const size = visit(model, kind);
    add(kind, row.bytes - size);
  };

  // From the root row down, so each row takes the kind of where it is used; then any row left over.
  if (byId.has("0")) visitRow("0", "page markup");
  for (const row of rows) {
    if (row.id === "") add("framework modules and hints", row.bytes);
    else visitRow(row.id, "page markup");
  }

  const repeated = [...strings].filter(([, n]) => n > 1).map(([text, n]) => ({ text, times: n, extraBytes: (n - 1) * Buffer.byteLength(text, "utf8") }));
  repeated.sort((a, b) => b.extraBytes - a.extraBytes);
  const total = rows.reduce((n, r) => n + r.bytes, 0);
  return { total, kinds: Object.fromEntries([...kinds].sort((a, b) => b[1] - a[1])), undefinedProps, repeated };
}
