// Security headers on every kind of route: pages (per-request nonce), embeds (hash, framable),
// files and JSON (nothing runs), 404s; HSTS over HTTPS only.
import { expect, test } from "@playwright/test";

const COMMON = (h: Record<string, string>) => {
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["cross-origin-opener-policy"]).toBe("same-origin");
  expect(h["x-powered-by"]).toBeUndefined();
};

for (const route of ["/fr", "/en", "/fr/present?slide=2", "/does-not-exist", "/fr/nowhere"]) {
  test(`page ${route}: a nonce policy with strict-dynamic, no unsafe-inline script, framing refused`, async ({ request }) => {
    const h = (await request.get(route)).headers();
    COMMON(h);
    const csp = h["content-security-policy"] ?? "";
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(h["x-frame-options"]).toBe("DENY");
  });
}

test("each page request gets a new nonce, and the page's scripts carry it", async ({ request }) => {
  const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
  const first = await request.get("/fr");
  const second = await request.get("/fr");
  const a = nonceOf(first.headers()["content-security-policy"]!);
  expect(a).toBeTruthy();
  expect(nonceOf(second.headers()["content-security-policy"]!)).not.toBe(a);
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(2);
  for (const tag of scripts) expect(tag).toContain(`nonce="${a}"`);
});

for (const route of ["/api/dataset", "/api/oembed?url=x", "/charts/cameras.svg", "/charts/cameras.csv", "/embed.js", "/", "/embed/%ED%A0%80"]) {
  test(`${route}: nothing may run if it is opened as a page, and no framing`, async ({ request }) => {
    const res = await request.get(route, { maxRedirects: 0 });
    expect(res.status()).toBeLessThan(500);
    const h = res.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["content-security-policy"] ?? "").toMatch(/frame-ancestors 'none'/);
    if (route !== "/") expect(h["content-security-policy"]).toContain("default-src 'none'");
  });
}

test("/embed/*: framable by any site, with exactly its own inline script allowed by hash", async ({ request }) => {
  const res = await request.get("/embed/theme-heatmap");
  const h = res.headers();
  COMMON(h);
  expect(h["x-frame-options"]).toBeUndefined();
  const csp = h["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors *");
  expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  expect(csp).toContain("default-src 'none'");
  const html = await res.text();
  const inline = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
  const { createHash } = await import("node:crypto");
  expect(csp).toContain(`'sha256-${createHash("sha256").update(inline).digest("base64")}'`);
});

test("HSTS is sent over HTTPS (as a proxy reports it) and never over plain HTTP", async ({ request }) => {
  expect((await request.get("/fr")).headers()["strict-transport-security"]).toBeUndefined();
  const secure = await request.get("/fr", { headers: { "X-Forwarded-Proto": "https" } });
  expect(secure.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
});

test("a page refuses to render inside a frame", async ({ page }) => {
  await page.goto("/api/dataset");
  const blocked = await page.evaluate(async () => {
    const frame = document.createElement("iframe");
    frame.src = "/fr";
    document.body.append(frame);
    await new Promise((r) => setTimeout(r, 1500));
    try {
      return !frame.contentDocument || frame.contentDocument.body.innerHTML === "";
    } catch {
      return true;
    }
  });
  expect(blocked).toBe(true);
});

test("/api/dataset answers 304 to a matching If-None-Match", async ({ request }) => {
  const first = await request.get("/api/dataset");
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"]!;
  expect(first.headers()["cache-control"]).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+/);
  const second = await request.get("/api/dataset", { headers: { "If-None-Match": etag } });
  expect(second.status()).toBe(304);
});
