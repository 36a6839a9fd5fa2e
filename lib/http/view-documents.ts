// The dashboard's views other than the prerendered one, as documents that can be cached like it:
// each (page, view, dataset version) is rendered once, by asking this very server for it in draft
// mode (no nonce), and its inline scripts are hashed; the HTML is kept in a small in-memory cache
// and served with a hash-based policy and a Cache-Control a CDN honours. A shared link that goes
// viral then costs the origin one render, not one per reader. Readers' client-side navigations
// (RSC requests) are not documents: they are still rendered per request.
import { inlineScriptHashes } from "./inline-scripts.mjs";

/** One rendered view, ready to serve. */
export interface ViewDocument {
  /** The HTML as bytes, encoded once: each response sends these without copying them. */
  html: Uint8Array<ArrayBuffer>;
  /** CSP hashes (sha256-…) of the document's inline scripts. */
  scriptHashes: string[];
  /** Next.js's Vary header for the page, so caches keep documents and RSC payloads apart. */
  vary: string;
}

/** At most this many documents are kept (each about 450 KB). */
export const MAX_VIEW_DOCUMENTS = 64;

/** Map insertion order as recency: a hit moves to the end, the oldest goes first. Promises, so concurrent misses render once. */
const documents = new Map<string, Promise<ViewDocument>>();

/**
 * The document for a key (page, canonical view, dataset version): from the cache, or rendered by
 * `render` (which fetches the page) and kept. A failed render is not kept: the next request retries.
 */
export function viewDocument(key: string, render: () => Promise<Response>): Promise<ViewDocument> {
  const cached = documents.get(key);
  if (cached) {
    documents.delete(key);
    documents.set(key, cached);
    return cached;
  }
  const fresh = render().then(toViewDocument);
  documents.set(key, fresh);
  fresh.catch(() => documents.delete(key));
  while (documents.size > MAX_VIEW_DOCUMENTS) documents.delete(documents.keys().next().value!);
  return fresh;
}

async function toViewDocument(response: Response): Promise<ViewDocument> {
  if (response.status !== 200 || !response.headers.get("content-type")?.startsWith("text/html")) {
    throw new Error(`rendering a view answered ${response.status} ${response.headers.get("content-type")}`);
  }
  const text = await response.text();
  return { html: new TextEncoder().encode(text), scriptHashes: inlineScriptHashes(text), vary: response.headers.get("vary") ?? "" };
}

/** How long a render may take before the reader gets a per-request render instead. */
const RENDER_TIMEOUT_MS = 10_000;
/** Failures are logged at most this often: a broken setup must not flood the log on election night. */
const LOG_INTERVAL_MS = 60_000;
let lastLogged = -Infinity;

/**
 * The document for a view, rendered by fetching `url` from this server with `cookie` (draft
 * mode); undefined when that fails or takes too long (the caller renders per request instead).
 */
export async function cachedViewDocument(key: string, url: string, cookie: string): Promise<ViewDocument | undefined> {
  try {
    return await viewDocument(key, () => fetch(url, { headers: { cookie }, cache: "no-store", signal: AbortSignal.timeout(RENDER_TIMEOUT_MS) }));
  } catch (error) {
    if (Date.now() - lastLogged > LOG_INTERVAL_MS) {
      lastLogged = Date.now();
      console.error(`Rendering ${url} for the cache failed (${String(error)}); rendering views per request instead. Next report in a minute at the earliest.`);
    }
    return undefined;
  }
}

/** Forgets every document (tests). */
export function clearViewDocuments(): void {
  documents.clear();
}
