import { beforeEach, describe, expect, it } from "vitest";
import { scriptHash } from "./inline-scripts.mjs";
import { cachedViewDocument, clearViewDocuments, MAX_VIEW_DOCUMENTS, viewDocument } from "./view-documents";

const page = (text: string, init: ResponseInit = {}) => new Response(`<html><script>${text}</script></html>`, { headers: { "content-type": "text/html; charset=utf-8", vary: "rsc" }, ...init });

beforeEach(() => clearViewDocuments());

describe("viewDocument(key, render)", () => {
  it("renders a view once, hashes its inline scripts and keeps Next.js's Vary", async () => {
    let renders = 0;
    const render = async () => (renders++, page("a()"));
    const [first, second] = await Promise.all([viewDocument("/fr?highlight=dati v1", render), viewDocument("/fr?highlight=dati v1", render)]);
    expect(renders).toBe(1);
    expect(second).toBe(first);
    expect(first.scriptHashes).toEqual([scriptHash("a()")]);
    expect(first.vary).toBe("rsc");
    expect(new TextDecoder().decode(first.html)).toContain("<script>a()</script>");
  });

  it("keeps a failed render (an error page, a network failure) for no one: the next request retries", async () => {
    await expect(viewDocument("k", async () => page("x", { status: 500 }))).rejects.toThrow(/500/);
    await expect(viewDocument("k", async () => new Response("{}", { headers: { "content-type": "application/json" } }))).rejects.toThrow(/json/);
    await expect(viewDocument("k", () => Promise.reject(new Error("ECONNREFUSED")))).rejects.toThrow();
    expect((await viewDocument("k", async () => page("ok()"))).scriptHashes).toEqual([scriptHash("ok()")]);
  });

  it(`keeps at most ${MAX_VIEW_DOCUMENTS} documents, forgetting the least recently served`, async () => {
    let renders = 0;
    const render = async () => (renders++, page("r()"));
    for (let i = 0; i < MAX_VIEW_DOCUMENTS; i++) await viewDocument(`view ${i}`, render);
    await viewDocument("view 0", render); // served again: now the most recent
    await viewDocument("one more", render); // pushes out "view 1", the least recent
    expect(renders).toBe(MAX_VIEW_DOCUMENTS + 1);
    await viewDocument("view 0", render);
    expect(renders).toBe(MAX_VIEW_DOCUMENTS + 1);
    await viewDocument("view 1", render);
    expect(renders).toBe(MAX_VIEW_DOCUMENTS + 2);
  });
});

describe("cachedViewDocument(key, url, cookie)", () => {
  it("answers undefined, so the page is rendered per request, when this server cannot be reached", async () => {
    const error = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      expect(await cachedViewDocument("k", "http://127.0.0.1:9/fr?highlight=dati", "c=1")).toBeUndefined();
      expect(await cachedViewDocument("k", "http://127.0.0.1:9/fr?highlight=dati", "c=1")).toBeUndefined();
      expect(logged).toHaveLength(1);
    } finally {
      console.error = error;
    }
  });
});
