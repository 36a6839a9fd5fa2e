// The last valid dataset of each election, kept in the browser's Cache Storage by the presenter
// (after its schema check) so that a reload during a network cut still has it. No-ops where Cache
// Storage does not exist (plain HTTP other than localhost): the page then has its own copy only.
import { DATA_CACHE, KEPT_AT_HEADER } from "@/lib/present/offline";

/** A kept dataset: its JSON as the server sent it, and when the server answered it (its `Date`, ms since the epoch). */
export interface KeptData {
  json: unknown;
  keptAt: number;
}

/** Keeps `json` (already checked) as the last valid dataset at `url`. */
export async function keepData(url: string, json: unknown, keptAt: number): Promise<void> {
  if (typeof caches === "undefined") return;
  try {
    const cache = await caches.open(DATA_CACHE);
    await cache.put(url, new Response(JSON.stringify(json), { headers: { "Content-Type": "application/json", [KEPT_AT_HEADER]: String(keptAt) } }));
  } catch {
    // A full or refused store costs only the copy for the next reload.
  }
}

/** Marks the dataset kept for `url` as confirmed current at `keptAt` (the server answered the same bytes), without writing it out again. */
export async function touchKeptData(url: string, keptAt: number): Promise<void> {
  if (typeof caches === "undefined") return;
  try {
    const cache = await caches.open(DATA_CACHE);
    const kept = await cache.match(url);
    if (!kept) return;
    const headers = new Headers(kept.headers);
    headers.set(KEPT_AT_HEADER, String(keptAt));
    await cache.put(url, new Response(kept.body, { headers }));
  } catch {
    // The copy keeps its older time: a reload during a cut would say it is older than it is.
  }
}

/** The last valid dataset kept for `url`, if any (to be checked again before it is shown). */
export async function keptData(url: string): Promise<KeptData | undefined> {
  if (typeof caches === "undefined") return undefined;
  try {
    const response = await (await caches.open(DATA_CACHE)).match(url);
    if (!response) return undefined;
    return { json: await response.json(), keptAt: Number(response.headers.get(KEPT_AT_HEADER)) };
  } catch {
    return undefined;
  }
}
