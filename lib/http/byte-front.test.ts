// The front on a real HTTP server, with a stand-in for Next.js's handler: what reaches Next.js, and
// what the reader gets, when fills succeed, are shared, fail or are slow.
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { installByteFront, MAX_FILLS } from "./byte-front";

/** Next.js as far as the front can tell: the server's own 'request' listener. Each test says how it answers. */
let next: (request: IncomingMessage, response: ServerResponse, fill: boolean) => void;
/** What reached Next.js: each request's URL, and whether it was the front's own fill. */
let reached: { url: string; fill: boolean }[] = [];
let server: http.Server;
let base = "";
let uninstall: () => void;

/** How long a reader waits for a fill here, before Next.js answers it. */
const WAIT = 1000;

beforeAll(async () => {
  uninstall = installByteFront({ wait: WAIT });
  server = http.createServer((request, response) => {
    const fill = request.headers["x-byte-cache-fill"] !== undefined;
    reached.push({ url: request.url!, fill });
    next(request, response, fill);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  vi.stubEnv("__NEXT_PRIVATE_ORIGIN", base);
});
afterAll(async () => {
  uninstall();
  vi.unstubAllEnvs();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  reached = [];
});

/** One request as a browser asks for encodings, the answer's bytes as sent. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}${url}`, { headers: { "accept-encoding": "gzip, deflate, br", ...headers }, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
  });
}

const SCRIPT = `(function(){${"var resize=1;".repeat(100)}})();`;
const answers =
  (body: string, delay = 0, status = 200) =>
  (_: IncomingMessage, response: ServerResponse) =>
    setTimeout(() => response.writeHead(status, { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=3600" }).end(body), delay);

describe("installByteFront()", () => {
  it("fills a kept route once, from Next.js, then answers every reader from memory: Next.js never sees them", async () => {
    next = answers(SCRIPT);
    const first = await get("/embed.js");
    const second = await get("/embed.js?cache-buster=1");
    expect([first.headers["x-cache"], second.headers["x-cache"]]).toEqual(["MISS", "HIT"]);
    expect(brotliDecompressSync(second.body).toString()).toBe(SCRIPT);
    expect(second.headers["cache-control"]).toBe("public, max-age=3600");
    expect(reached).toEqual([{ url: "/embed.js", fill: true }]);
  });

  it("shares one fill among readers who miss together", async () => {
    next = answers('{"version":"1"}', 100);
    const answered = await Promise.all(Array.from({ length: 5 }, () => get("/api/elections/paris-2020/dataset")));
    expect(answered.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(reached).toEqual([{ url: "/api/elections/paris-2020/dataset", fill: true }]);
  });

  it("leaves to Next.js what it does not keep, as it came", async () => {
    next = answers("oembed");
    const res = await get("/api/oembed?url=x");
    expect(res.headers["x-cache"]).toBeUndefined();
    expect(reached).toEqual([{ url: "/api/oembed?url=x", fill: false }]);
  });

  it("leaves the reader to Next.js when the fill is no 200, keeps nothing, and logs a failing fill at most once a minute", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    next = (request, response, fill) => answers(fill ? "broken" : "Next.js's own answer", 0, fill ? 500 : 200)(request, response);
    const [a, b] = [await get("/api/elections"), await get("/api/elections")];
    for (const res of [a, b]) {
      expect(res.headers["x-cache"]).toBeUndefined();
      expect(res.body.toString()).toBe("Next.js's own answer");
    }
    expect(reached.map((r) => r.fill)).toEqual([true, false, true, false]);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toMatch(/answered 500.*Next report in a minute/);
    errors.mockRestore();
  });

  it("leaves the reader to Next.js when the fill is slow, and serves the fill's bytes once it lands", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    next = (request, response, fill) => answers(fill ? SCRIPT : "Next.js's own answer", fill ? WAIT * 1.5 : 0)(request, response);
    const slow = await get("/corrections.xml");
    expect(slow.body.toString()).toBe("Next.js's own answer");
    await vi.waitFor(async () => expect((await get("/corrections.xml")).headers["x-cache"]).toBe("HIT"), { timeout: WAIT * 5, interval: WAIT / 4 });
    expect(reached.filter((r) => r.fill)).toHaveLength(1);
    vi.restoreAllMocks();
  });

  it(`fills at most ${MAX_FILLS} new URLs at once: a miss beyond them goes to Next.js, which answers it as it would without the cache`, async () => {
    next = (request, response, fill) => answers(fill ? "filled" : "Next.js's own answer", fill ? 300 : 0)(request, response);
    const urls = ["svg", "csv", "png"].flatMap((format) => ["cameras", "rental-caps"].map((chart) => `/charts/paris-2020/${chart}.${format}`));
    const answered = await Promise.all(urls.map((url) => get(url)));
    expect(reached.filter((r) => r.fill)).toHaveLength(MAX_FILLS);
    expect(reached.filter((r) => !r.fill)).toHaveLength(urls.length - MAX_FILLS);
    expect(answered.filter((a) => a.headers["x-cache"] === "MISS")).toHaveLength(MAX_FILLS);
  });
});
