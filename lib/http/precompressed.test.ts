import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { acceptedCodings, answer, ByteStore, type Entry, type Fetched, makeEntry, maxCacheBytes, negotiate, PrecompressedCache, storedHeaders } from "./precompressed";

const html = Buffer.from(`<!DOCTYPE html><html><body>${"<p>Le numérique à Paris, programme par programme.</p>".repeat(200)}</body></html>`);
const page: Fetched = { headers: { "content-type": "text/html; charset=utf-8", vary: "rsc, next-router-state-tree", "x-frame-options": "DENY" }, body: html };
const dataset: Fetched = {
  headers: { "content-type": "application/json; charset=utf-8", etag: '"v42"', vary: "Accept-Encoding" },
  body: Buffer.from(JSON.stringify({ items: Array(300).fill("same") })),
};
const png: Fetched = { headers: { "content-type": "image/png" }, body: Buffer.from([137, 80, 78, 71, 1, 2, 3, 4]) };

/** An entry of small made-up bytes, `size` long, for the store's bound. */
function sized(size: number, deps = "d"): Entry {
  return { deps, digest: String(size), representations: [], size, fill: 0 };
}

describe("makeEntry(fetched, deps, fill)", () => {
  it("keeps identity, Brotli and gzip bytes that decode to the same page, each with its own strong ETag", async () => {
    const entry = await makeEntry(page, "d", 1);
    const [br, gz, identity] = entry.representations;
    expect(entry.representations.map((r) => r.coding)).toEqual(["br", "gzip", "identity"]);
    expect(brotliDecompressSync(br!.body).equals(html)).toBe(true);
    expect(gunzipSync(gz!.body).equals(html)).toBe(true);
    expect(identity!.body.equals(html)).toBe(true);
    expect(br!.body.length).toBeLessThan(gz!.body.length);
    expect(new Set(entry.representations.map((r) => r.etag)).size).toBe(3);
    for (const r of entry.representations) expect(r.etag).toMatch(/^"[\w-]+"$/);
  });

  it("keeps the route's own strong ETag for the identity bytes and derives the others from it", async () => {
    const entry = await makeEntry(dataset, "d", 1);
    expect(entry.representations.map((r) => r.etag)).toEqual(['"v42-br"', '"v42-gz"', '"v42"']);
  });

  it("adds Accept-Encoding to the route's Vary once, and states each representation's coding and length", async () => {
    const [br, , identity] = (await makeEntry(page, "d", 1)).representations;
    expect(br!.ok).toMatchObject({ vary: "rsc, next-router-state-tree, Accept-Encoding", "content-encoding": "br", "content-length": String(br!.body.length), "x-frame-options": "DENY" });
    expect(identity!.ok["content-encoding"]).toBeUndefined();
    expect((await makeEntry(dataset, "d", 1)).representations[0]!.ok.vary).toBe("Accept-Encoding");
  });

  it("does not compress a PNG, nor keep an encoding that is not smaller", async () => {
    const entry = await makeEntry(png, "d", 1);
    expect(entry.representations.map((r) => r.coding)).toEqual(["identity"]);
    expect(entry.representations[0]!.ok.vary).toBeUndefined();
    const tiny = await makeEntry({ headers: { "content-type": "text/plain" }, body: Buffer.from("a") }, "d", 1);
    expect(tiny.representations.map((r) => r.coding)).toEqual(["identity"]);
  });

  it("reuses the previous entry's encodings when the bytes are the same: nothing recompressed, the same ETags", async () => {
    const before = await makeEntry(page, "v1", 1);
    const compress = vi.fn();
    const after = await makeEntry({ ...page, body: Buffer.from(html) }, "v2", 2, before, compress);
    expect(compress).not.toHaveBeenCalled();
    expect(after.representations.map((r) => r.etag)).toEqual(before.representations.map((r) => r.etag));
    expect(after.deps).toBe("v2");
  });
});

describe("negotiate(acceptEncoding, representations)", () => {
  const entry = makeEntry(page, "d", 1);
  const chosen = async (header: string | undefined) => negotiate(header, (await entry).representations).coding;

  it("sends Brotli to a browser, gzip to a gzip-only client, identity to a client that says nothing", async () => {
    expect(await chosen("gzip, deflate, br")).toBe("br");
    expect(await chosen("gzip, deflate")).toBe("gzip");
    expect(await chosen("x-gzip")).toBe("gzip");
    expect(await chosen(undefined)).toBe("identity");
    expect(await chosen("")).toBe("identity");
    expect(await chosen("identity")).toBe("identity");
  });

  it("honours q-values: q=0 refuses a coding, a higher q wins over the server's preference", async () => {
    expect(await chosen("br;q=0, gzip")).toBe("gzip");
    expect(await chosen("gzip;q=0.8, br;q=0.5")).toBe("gzip");
    expect(await chosen("br;q=0, gzip;q=0")).toBe("identity");
    expect(await chosen("BR;Q=0, GZIP")).toBe("gzip");
  });

  it("reads * as every coding not named, q=0 included", async () => {
    expect(await chosen("*")).toBe("br");
    expect(await chosen("br;q=0, *")).toBe("gzip");
    expect(await chosen("identity, *;q=0")).toBe("identity");
    // Nothing acceptable at all: the bytes as they are rather than no answer.
    expect(await chosen("*;q=0")).toBe("identity");
  });

  it("acceptedCodings(undefined): a request without Accept-Encoding accepts identity only", () => {
    expect(acceptedCodings(undefined)).toEqual({ br: 0, gzip: 0, identity: 1 });
  });

  it("sends identity to a Brotli-only client when the entry has no Brotli bytes", async () => {
    expect(negotiate("br", (await makeEntry(png, "d", 1)).representations).coding).toBe("identity");
  });
});

describe("answer(entry, request)", () => {
  it("answers 304 to the tag of each representation, naming that tag, whatever the client now accepts", async () => {
    const entry = await makeEntry(page, "d", 1);
    for (const r of entry.representations) {
      const a = answer(entry, { method: "GET", acceptEncoding: "gzip, deflate, br", ifNoneMatch: r.etag });
      expect(a.status).toBe(304);
      expect(a.body).toBeUndefined();
      expect(a.headers.etag).toBe(r.etag);
      expect(a.headers["content-length"]).toBeUndefined();
      expect(a.headers["content-encoding"]).toBeUndefined();
      expect(a.headers.vary).toContain("Accept-Encoding");
    }
    expect(answer(entry, { ifNoneMatch: `"old", W/${entry.representations[1]!.etag}` }).status).toBe(304);
    expect(answer(entry, { acceptEncoding: "gzip", ifNoneMatch: "*" }).headers.etag).toBe(entry.representations[1]!.etag);
  });

  it("answers 200 with the negotiated bytes when the client holds another version", async () => {
    const entry = await makeEntry(page, "d", 1);
    const a = answer(entry, { method: "GET", acceptEncoding: "gzip, deflate, br", ifNoneMatch: '"older-br"' });
    expect(a.status).toBe(200);
    expect(a.headers["content-encoding"]).toBe("br");
    expect(a.body).toBe(entry.representations[0]!.body);
  });

  it("answers HEAD with the headers of the GET, its length included, and no body", async () => {
    const entry = await makeEntry(page, "d", 1);
    const head = answer(entry, { method: "HEAD", acceptEncoding: "gzip" });
    expect(head.body).toBeUndefined();
    expect(head.headers).toEqual(answer(entry, { method: "GET", acceptEncoding: "gzip" }).headers);
    expect(head.headers["content-length"]).toBe(String(entry.representations[1]!.body.length));
  });
});

describe("ByteStore(maxBytes)", () => {
  it("drops the least recently served entries once the bytes pass the bound", () => {
    const store = new ByteStore(100);
    store.set("a", sized(40));
    store.set("b", sized(40));
    store.get("a");
    store.set("c", sized(40));
    expect(store.keys()).toEqual(["a", "c"]);
    expect(store.bytes).toBe(80);
  });

  it("does not keep an entry larger than the whole bound, nor count a replaced entry twice", () => {
    const store = new ByteStore(100);
    store.set("a", sized(30));
    store.set("a", sized(50));
    expect(store.bytes).toBe(50);
    store.set("huge", sized(101));
    expect(store.keys()).toEqual(["a"]);
  });

  it("maxCacheBytes reads BYTE_CACHE_MB, and ignores a value that is not a positive number", () => {
    expect(maxCacheBytes("8")).toBe(8 * 1024 * 1024);
    expect(maxCacheBytes(undefined, 96)).toBe(96 * 1024 * 1024);
    expect(maxCacheBytes("lots", 96)).toBe(96 * 1024 * 1024);
    expect(maxCacheBytes("-1", 96)).toBe(96 * 1024 * 1024);
  });
});

describe("PrecompressedCache", () => {
  const deferred = () => {
    let resolve!: (f: Fetched | undefined) => void;
    return { promise: new Promise<Fetched | undefined>((r) => (resolve = r)), resolve };
  };

  it("fills a key once for concurrent misses, then hits while the dependency stamp is unchanged", async () => {
    const cache = new PrecompressedCache(new ByteStore(1e7));
    const fetch = vi.fn(async () => page);
    const [a, b] = await Promise.all([cache.fill("k", "v1", fetch), cache.fill("k", "v1", fetch)]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(cache.hit("k", "v1")).toBe(a);
  });

  it("refills when the dependency stamp changed; new bytes get new ETags", async () => {
    const cache = new PrecompressedCache(new ByteStore(1e7));
    const first = await cache.fill("k", "v1", async () => page);
    expect(cache.hit("k", "v2")).toBeUndefined();
    const corrected = await cache.fill("k", "v2", async () => ({ ...page, body: Buffer.concat([html, Buffer.from("corrigé")]) }));
    expect(corrected!.representations[0]!.etag).not.toBe(first!.representations[0]!.etag);
    expect(cache.hit("k", "v2")).toBe(corrected);
  });

  it("keeps the ETags and compresses nothing when a refill brings back the same bytes", async () => {
    const compress = vi.fn(async () => ({}));
    const cache = new PrecompressedCache(new ByteStore(1e7), compress);
    const first = await cache.fill("k", "v1", async () => page);
    const again = await cache.fill("k", "v2", async () => ({ ...page, body: Buffer.from(html) }));
    expect(compress).toHaveBeenCalledTimes(1);
    expect(again!.representations.map((r) => r.etag)).toEqual(first!.representations.map((r) => r.etag));
  });

  it("keeps nothing from a failed fill or one that is not a 200, so the next request tries again", async () => {
    const cache = new PrecompressedCache(new ByteStore(1e7));
    await expect(cache.fill("k", "v1", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.fill("k", "v1", async () => undefined)).toBeUndefined();
    expect(cache.hit("k", "v1")).toBeUndefined();
    expect(await cache.fill("k", "v1", async () => page)).toBeDefined();
    expect(cache.hit("k", "v1")).toBeDefined();
  });

  it("never lets an older fill that ends late replace the entry of a newer one", async () => {
    const cache = new PrecompressedCache(new ByteStore(1e7));
    const old = deferred();
    const stale = cache.fill("k", "v1", () => old.promise);
    const fresh = await cache.fill("k", "v2", async () => page);
    old.resolve({ ...page, body: Buffer.from("old") });
    await stale;
    expect(cache.hit("k", "v2")).toBe(fresh);
  });
});

describe("storedHeaders(raw)", () => {
  it("keeps the route's headers but hop-by-hop ones, the date, the length and coding, cookies and Next.js's cache notes", () => {
    const kept = storedHeaders({
      "content-type": "text/html",
      "Content-Security-Policy": "default-src 'self'",
      connection: "keep-alive",
      "keep-alive": "timeout=5",
      "transfer-encoding": "chunked",
      date: "Mon, 30 Nov 2026 18:00:00 GMT",
      "content-length": "12",
      "content-encoding": "gzip",
      "set-cookie": ["a=1"],
      "x-nextjs-cache": "HIT",
      "x-nextjs-prerender": "1",
      link: ["</a.css>; rel=preload", "</b.js>; rel=preload"],
      absent: undefined,
    });
    expect(kept).toEqual({ "content-type": "text/html", "content-security-policy": "default-src 'self'", link: "</a.css>; rel=preload, </b.js>; rel=preload" });
  });
});
