// Bytes computed once per (URL, dataset version), compressed once, served many times: the store
// behind lib/http/byte-front.ts, kept free of HTTP servers so every rule is unit-tested. An entry
// holds a route's 200 answer as identity, Brotli and gzip bytes (an encoding only when smaller),
// each with its strong ETag, and the live ETags of the data it was made from (its dependency
// stamp). A request whose stamp differs refills; a refill that brings back the same bytes keeps the
// old encodings and ETags (nothing recompressed, clients' 304s still hold). Entries are dropped
// least recently served first once their bytes pass a bound.
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

/** A content coding the store keeps. */
export type Coding = "br" | "gzip" | "identity";

/** Among codings a client accepts equally, the smallest first. */
const PREFERENCE: readonly Coding[] = ["br", "gzip", "identity"];

/** The suffix of each coding's ETag, after the identity bytes' tag: each representation has its own strong validator. */
const TAG_SUFFIX: Record<Coding, string> = { br: "-br", gzip: "-gz", identity: "" };

/** A route's 200 answer, as a fill brought it back: headers (lower-case names) and the identity bytes. */
export interface Fetched {
  headers: Record<string, string>;
  body: Buffer;
}

/** One representation of an entry, with the headers of a 200 and of a 304 that carry it (built once, sent as they are). */
export interface Representation {
  coding: Coding;
  etag: string;
  body: Buffer;
  ok: Record<string, string>;
  notModified: Record<string, string>;
}

/** What the store keeps for one key. */
export interface Entry {
  /** The dependency stamp (live dataset ETags) the bytes were made from. */
  deps: string;
  /** SHA-256 of the identity bytes: an unchanged refill is recognised by it. */
  digest: string;
  /** Best first (br, gzip, identity); identity always present. */
  representations: Representation[];
  /** Bytes held, counted against the store's bound. */
  size: number;
  /** Order of the fill that made it: an older fill that ends late never replaces a newer entry. */
  fill: number;
}

/** An answer to one request: 200 with a body (none for HEAD), or 304. */
export interface Answer {
  status: 200 | 304;
  headers: Record<string, string>;
  body?: Buffer;
}

/** Headers a stored answer never carries: hop-by-hop, per-response (date, length, coding), cookies, and Next.js's notes on its own cache at fill time. */
const UNSTORED = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
  "proxy-authenticate",
  "proxy-authorization",
  "date",
  "content-length",
  "content-encoding",
  "set-cookie",
]);

/** The headers of a fill's answer worth storing, names in lower case; multiple values joined as HTTP allows. */
export function storedHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    const lower = name.toLowerCase();
    if (value === undefined || UNSTORED.has(lower) || lower.startsWith("x-nextjs-")) continue;
    kept[lower] = Array.isArray(value) ? value.join(", ") : value;
  }
  return kept;
}

/** Text formats that compress well; images other than SVG are compressed already. */
const COMPRESSIBLE = /^(text\/|image\/svg\+xml|application\/(json|javascript|xml|[\w.-]+\+(json|xml))\b)/i;

/** Whether a Content-Type is worth compressing. */
export function isCompressible(contentType: string | undefined): boolean {
  return COMPRESSIBLE.test(contentType ?? "");
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Brotli at its best quality in text mode and gzip at level 9, off the event loop; each kept only when smaller than the identity bytes. */
export async function compressed(body: Buffer): Promise<Partial<Record<"br" | "gzip", Buffer>>> {
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzipped(body, { level: 9 }),
  ]);
  return { ...(br.length < body.length ? { br } : {}), ...(gz.length < body.length ? { gzip: gz } : {}) };
}

/** The strong tag of the identity bytes: the route's own when it sets a strong one (the dataset's is its version hash), else a hash of the bytes. */
function identityTag(routeEtag: string | undefined, digest: string): string {
  return routeEtag && /^"[^"]*"$/.test(routeEtag) ? routeEtag : `"${digest}"`;
}

/** A coding's tag, derived from the identity tag: `"abc"` → `"abc-br"`. */
function codingTag(tag: string, coding: Coding): string {
  return `${tag.slice(0, -1)}${TAG_SUFFIX[coding]}"`;
}

/** The Vary of a stored answer: the route's own (Next.js's, for pages), plus Accept-Encoding when the bytes differ by it. */
function varyOf(routeVary: string | undefined, encoded: boolean): string | undefined {
  const names = (routeVary ?? "")
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  if (encoded && !names.some((n) => n.toLowerCase() === "accept-encoding")) names.push("Accept-Encoding");
  return names.length ? names.join(", ") : undefined;
}

/**
 * An entry for a fill's answer. When `previous` holds the same identity bytes, its encodings are
 * reused (not recompressed); `compress` is injectable for tests.
 */
export async function makeEntry(fetched: Fetched, deps: string, fill: number, previous?: Entry, compress = compressed): Promise<Entry> {
  const digest = createHash("sha256").update(fetched.body).digest("base64url");
  const reused = previous?.digest === digest ? Object.fromEntries(previous.representations.map((r) => [r.coding, r.body])) : undefined;
  const encodings = reused ?? (isCompressible(fetched.headers["content-type"]) ? await compress(fetched.body) : {});
  const bodies: [Coding, Buffer][] = [];
  for (const coding of PREFERENCE) {
    const body = coding === "identity" ? fetched.body : encodings[coding];
    if (body) bodies.push([coding, body]);
  }
  const tag = identityTag(fetched.headers.etag, digest);
  const vary = varyOf(fetched.headers.vary, bodies.length > 1);
  const representations = bodies.map(([coding, body]): Representation => {
    const etag = codingTag(tag, coding);
    const common: Record<string, string> = { ...fetched.headers, etag };
    if (vary) common.vary = vary;
    // A 304 describes the stored answer without carrying it: no type, coding or length.
    const notModified = { ...common };
    delete notModified["content-type"];
    const ok = { ...common, ...(coding === "identity" ? {} : { "content-encoding": coding }), "content-length": String(body.length) };
    return { coding, etag, body, ok, notModified };
  });
  return { deps, digest, representations, size: representations.reduce((sum, r) => sum + r.body.length, 0), fill };
}

/**
 * The q-value a client gives each coding (RFC 9110 §12.5.3): `*` stands for codings it does not
 * name, `x-gzip` for gzip, q=0 refuses; identity, unless named or refused through `*`, is
 * acceptable but least preferred. No header at all: identity only (what a bare client expects).
 */
export function acceptedCodings(header: string | undefined): Record<Coding, number> {
  if (header === undefined) return { br: 0, gzip: 0, identity: 1 };
  const named = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith("q="));
    const value = q === undefined ? 1 : Number(q.slice(2));
    const coding = name === "x-gzip" ? "gzip" : name;
    if (Number.isFinite(value) && value >= 0 && value <= 1) named.set(coding, Math.max(value, named.get(coding) ?? 0));
  }
  const star = named.get("*");
  const qOf = (coding: Coding, otherwise: number) => named.get(coding) ?? star ?? otherwise;
  return { br: qOf("br", 0), gzip: qOf("gzip", 0), identity: qOf("identity", 0.001) };
}

/** The representation to send: the highest q the client gives among those stored, ties to the smallest; identity when it accepts none. */
export function negotiate(acceptEncoding: string | undefined, representations: readonly Representation[]): Representation {
  const q = acceptedCodings(acceptEncoding);
  let best = representations.find((r) => r.coding === "identity")!;
  let bestQ = 0;
  for (const r of representations) {
    if (q[r.coding] > bestQ) {
      best = r;
      bestQ = q[r.coding];
    }
  }
  return best;
}

/** The representation whose tag an If-None-Match names (weak comparison, as RFC 9110 asks); `*` names the one negotiated. */
function matchedRepresentation(ifNoneMatch: string, representations: readonly Representation[], negotiated: Representation): Representation | undefined {
  for (const raw of ifNoneMatch.split(",")) {
    const tag = raw.trim().replace(/^W\//, "");
    if (tag === "*") return negotiated;
    const match = representations.find((r) => r.etag === tag);
    if (match) return match;
  }
  return undefined;
}

/**
 * The answer to a GET or HEAD for an entry: 304 when If-None-Match names any of its
 * representations (the client's copy, whichever coding, is current; the 304 names that copy's
 * tag), else 200 with the negotiated representation (no body for HEAD).
 */
export function answer(entry: Entry, request: { method?: string; acceptEncoding?: string; ifNoneMatch?: string }): Answer {
  const chosen = negotiate(request.acceptEncoding, entry.representations);
  const matched = request.ifNoneMatch ? matchedRepresentation(request.ifNoneMatch, entry.representations, chosen) : undefined;
  if (matched) return { status: 304, headers: matched.notModified };
  return { status: 200, headers: chosen.ok, ...(request.method === "HEAD" ? {} : { body: chosen.body }) };
}

/** Entries by key, least recently served first out once their bytes pass `maxBytes`; an entry larger than the bound is not kept. */
export class ByteStore {
  /** Map insertion order as recency: a hit moves its key to the end. */
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

  /** The entry for a key, marked as just served. */
  get(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  /** The entry for a key, leaving its recency alone. */
  peek(key: string): Entry | undefined {
    return this.#entries.get(key);
  }

  /** Keeps an entry (replacing the key's), then drops the least recently served until within the bound. */
  set(key: string, entry: Entry): void {
    this.delete(key);
    if (entry.size > this.maxBytes) return;
    this.#entries.set(key, entry);
    this.#bytes += entry.size;
    for (const [oldest, old] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= old.size;
    }
  }

  /** Forgets a key's entry. */
  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.size;
  }

  /** Bytes held. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Keys held, least recently served first. */
  keys(): string[] {
    return [...this.#entries.keys()];
  }
}

/**
 * The store and its fills: a hit when the key's entry was made from the current dependency stamp;
 * otherwise one fill per (key, stamp), shared by the requests that miss meanwhile. A fill that
 * fails or brings nothing back (`undefined`: not a 200) keeps nothing, so the next request retries.
 */
export class PrecompressedCache {
  readonly #pending = new Map<string, { deps: string; entry: Promise<Entry | undefined> }>();
  #fills = 0;

  constructor(
    readonly store: ByteStore,
    readonly compress = compressed,
  ) {}

  /** Whether a fill for this key and stamp is under way (a request for it waits for that fill, starting none). */
  filling(key: string, deps: string): boolean {
    return this.#pending.get(key)?.deps === deps;
  }

  /** How many fills are under way. */
  get fillsUnderWay(): number {
    return this.#pending.size;
  }

  /** The entry to serve right away: present and made from `deps`; else undefined (fill it). */
  hit(key: string, deps: string): Entry | undefined {
    const entry = this.store.peek(key);
    return entry?.deps === deps ? this.store.get(key) : undefined;
  }

  /** The entry after filling it with `fetch` (this request's own fill, or the one already under way for the same stamp). */
  fill(key: string, deps: string, fetch: () => Promise<Fetched | undefined>): Promise<Entry | undefined> {
    const pending = this.#pending.get(key);
    if (pending?.deps === deps) return pending.entry;
    const order = ++this.#fills;
    const entry = (async () => {
      const fetched = await fetch();
      if (!fetched) return undefined;
      const made = await makeEntry(fetched, deps, order, this.store.peek(key), this.compress);
      const current = this.store.peek(key);
      if (!current || current.fill < order) this.store.set(key, made);
      return made;
    })();
    this.#pending.set(key, { deps, entry });
    const settle = () => {
      if (this.#pending.get(key)?.entry === entry) this.#pending.delete(key);
    };
    entry.then(settle, settle);
    return entry;
  }
}

/** The bound on stored bytes: `BYTE_CACHE_MB` megabytes when set to a positive number, else the default. */
export function maxCacheBytes(env: string | undefined, defaultMb = 96): number {
  const mb = Number(env);
  return Math.round((env && Number.isFinite(mb) && mb > 0 ? mb : defaultMb) * 1024 * 1024);
}
