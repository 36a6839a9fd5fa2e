// The byte cache's front door inside `next start` (installed by instrumentation.ts, production
// server only). Next.js 16 drops a route handler's or the proxy's Content-Encoding and gzips every
// answer again on the fly, never with Brotli, so precompressed bytes cannot be sent through it.
// This answers, before Next.js sees them, the requests lib/http/cached-routes.ts names: from
// memory (lib/http/precompressed.ts), with the raw Node response (Content-Encoding, Vary, ETag,
// Content-Length, 304s). A miss asks this very server for the canonical URL once (a secret header
// lets that request through to Next.js; pages also carry the build's draft-mode cookie, so they
// render without a nonce and their inline scripts are allowed by hash), compresses it once, and
// keeps it. Anything else, and any request whose fill fails or is slow, goes on to Next.js as if
// nothing had happened.
import "server-only";
import { randomBytes } from "node:crypto";
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { type CachedRoute, cachedRoute } from "./cached-routes";
import { inlineScriptHashes } from "./inline-scripts.mjs";
import { withoutFrameworkScripts } from "./lean-page";
import { answer, ByteStore, type Entry, type Fetched, maxCacheBytes, PrecompressedCache, storedHeaders } from "./precompressed";
import { type BuildRecord, buildRecord, renderPerRequestCookie } from "./prerendered";
import { hashedPageCsp, hstsHeader } from "./security";

/** A cached page is the same for every reader: a CDN may keep it five minutes, then serve it stale while it fetches the next. */
export const CACHEABLE_PAGE = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";

/** Marks this server's own fill requests, which the front passes to Next.js: a secret of this process, never sent to readers. */
const FILL_HEADER = "x-byte-cache-fill";
const FILL_SECRET = randomBytes(18).toString("base64url");

/** How long a reader waits for a fill before Next.js answers them instead (the fill goes on, for the next reader). */
const WAIT_MS = 10_000;
/** A fill with no answer after this long is abandoned: the next request tries again. */
const FILL_TIMEOUT_MS = 60_000;
/** At most this many fills at once (renders and compressions on a 2-core server); a miss beyond them goes to Next.js. */
export const MAX_FILLS = 4;
/** Failures are logged at most this often: a broken setup must not flood the log on election night. */
const LOG_INTERVAL_MS = 60_000;

const INSTALLED = Symbol.for("byte-cache.front");
let cache = new PrecompressedCache(new ByteStore(0));
let waitMs = WAIT_MS;

/**
 * Puts the front before Next.js's request handler, once per process, with an empty cache bound by
 * BYTE_CACHE_MB. Returns what takes it away again (tests); `wait` shortens the wait for a fill (tests).
 */
export function installByteFront(options: { wait?: number } = {}): () => void {
  const global = globalThis as { [INSTALLED]?: true };
  if (global[INSTALLED]) return () => {};
  global[INSTALLED] = true;
  cache = new PrecompressedCache(new ByteStore(maxCacheBytes(process.env.BYTE_CACHE_MB)));
  waitMs = options.wait ?? WAIT_MS;
  const own = Object.hasOwn(http.Server.prototype, "emit");
  const emit = http.Server.prototype.emit;
  // Next.js's server is an http.Server whose 'request' listener is its handler: answering here, before
  // the event reaches it, is the one way to send our own bytes with our own headers from `next start`.
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const response = args[1] as ServerResponse;
      try {
        if (intercepted(args[0] as IncomingMessage, response, () => Reflect.apply(emit, this, [event, ...args]))) return true;
      } catch (error) {
        // Never let the cache take the server down: whatever went wrong, Next.js answers (unless an answer has begun).
        report(`The byte cache failed on ${(args[0] as IncomingMessage).url} (${String(error)}); Next.js answers.`);
        if (response.headersSent) return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]);
  };
  return () => {
    if (own) http.Server.prototype.emit = emit;
    else Reflect.deleteProperty(http.Server.prototype, "emit");
    delete global[INSTALLED];
  };
}

/** Answers a request from the cache (now, or once filled) and returns true; false leaves it to Next.js (now; `toNext` later). */
function intercepted(request: IncomingMessage, response: ServerResponse, toNext: () => void): boolean {
  if (request.headers[FILL_HEADER] === FILL_SECRET) return false;
  const route = cachedRoute(request);
  // Without the build's record a page cannot be rendered without a nonce: Next.js renders it per request.
  if (!route || (route.page && !buildRecord())) return false;
  const entry = cache.hit(route.key, route.deps);
  if (entry) return send(request, response, entry, "HIT");
  // Each fill renders and compresses (Brotli 11): a burst of new URLs (a script walking every view)
  // must not queue that work without end; past the bound, Next.js answers as it would without the cache.
  if (!cache.filling(route.key, route.deps) && cache.fillsUnderWay >= MAX_FILLS) return false;
  void miss(route, toNext, request, response);
  return true;
}

/** Waits for the route's fill (shared with other requests that missed), then answers; Next.js answers if it fails, is slow, or is no 200. */
async function miss(route: CachedRoute, toNext: () => void, request: IncomingMessage, response: ServerResponse): Promise<void> {
  let entry: Entry | undefined;
  try {
    entry = await within(
      waitMs,
      cache.fill(route.key, route.deps, () => fill(route)),
    );
  } catch (error) {
    report(`Filling the byte cache with ${route.path} failed (${String(error)}); Next.js answers meanwhile.`);
  }
  try {
    if (entry && send(request, response, entry, "MISS")) return;
  } catch (error) {
    report(`Answering ${route.path} from the byte cache failed (${String(error)}); Next.js answers.`);
  }
  if (!response.headersSent) toNext();
}

/** Sends the entry's answer for this request (304, or the negotiated representation), marked as a hit or a miss. */
function send(request: IncomingMessage, response: ServerResponse, entry: Entry, state: "HIT" | "MISS"): boolean {
  const { headers } = request;
  const { status, headers: stored, body } = answer(entry, { method: request.method, acceptEncoding: one(headers, "accept-encoding"), ifNoneMatch: one(headers, "if-none-match") });
  const hsts = hstsHeader((request.socket as TLSSocket).encrypted ? "https:" : "http:", one(headers, "x-forwarded-proto") ?? null);
  if (hsts) response.setHeader("Strict-Transport-Security", hsts);
  response.setHeader("X-Cache", state);
  response.writeHead(status, stored);
  response.end(body);
  return true;
}

function one(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** Asks this server for the route's canonical URL, as a reader would but uncompressed; undefined for anything but a 200. */
function fill(route: CachedRoute): Promise<Fetched | undefined> {
  const record = route.page ? buildRecord() : undefined;
  const headers: Record<string, string> = { [FILL_HEADER]: FILL_SECRET, "accept-encoding": "identity" };
  if (route.host) headers.host = route.host;
  if (route.proto) headers["x-forwarded-proto"] = route.proto;
  if (record) Object.assign(headers, { accept: "text/html", cookie: renderPerRequestCookie(record) });
  return new Promise((resolve, reject) => {
    const request = http.get(`${ownOrigin()}${route.path}`, { headers, timeout: FILL_TIMEOUT_MS }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        try {
          resolve(fetched(route, record, response.statusCode ?? 0, storedHeaders(response.headers), Buffer.concat(chunks)));
        } catch (error) {
          reject(error);
        }
      });
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within ${FILL_TIMEOUT_MS / 1000} s`)));
    request.on("error", reject);
  });
}

/**
 * What to keep of a fill's answer: a 200 only. A page loses the framework's scripts (lean-page.ts),
 * and gets the policy of a document every reader shares (its inline scripts by hash) and a
 * Cache-Control a CDN honours, in place of draft mode's.
 */
function fetched(route: CachedRoute, record: BuildRecord | undefined, status: number, headers: Record<string, string>, body: Buffer): Fetched | undefined {
  if (status >= 500) report(`Filling the byte cache with ${route.path} answered ${status}; Next.js answers meanwhile.`);
  if (status !== 200) return undefined;
  if (!record) return { headers, body };
  if (!headers["content-type"]?.startsWith("text/html")) return undefined;
  const html = withoutFrameworkScripts(body.toString("utf8"));
  if (html.includes(record.draftModeId)) throw new Error("the page carries the build's draft-mode id, which must never reach a reader");
  return { headers: { ...headers, "content-security-policy": hashedPageCsp(inlineScriptHashes(html)), "cache-control": CACHEABLE_PAGE }, body: Buffer.from(html) };
}

/** Where this server listens, for asking itself for a URL (`next start` records it). */
function ownOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`;
}

/** The promise's value, or a rejection once `ms` have passed (the promise itself goes on). */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still filling after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

let lastReport = Number.NEGATIVE_INFINITY;

/** Logs a failure, at most once a minute. */
function report(message: string): void {
  if (Date.now() - lastReport < LOG_INTERVAL_MS) return;
  lastReport = Date.now();
  console.error(`${message} Next report in a minute at the earliest.`);
}
