// Security headers on every kind of response; framing refused everywhere but /embed/*.
import { expect, test } from "@playwright/test";

const ROUTES = ["/", "/fr", "/en", "/api/dataset", "/does-not-exist"];

for (const route of ROUTES) {
  test(`${route} carries the security headers and refuses framing`, async ({ request }) => {
    const res = await request.get(route, { maxRedirects: 0 });
    const h = res.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["x-frame-options"]).toBe("DENY");
    const csp = h["content-security-policy"] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(h["x-powered-by"]).toBeUndefined();
  });
}

test("/embed/* may be framed by any site", async ({ request }) => {
  const res = await request.get("/embed/theme-heatmap");
  const h = res.headers();
  expect(h["x-frame-options"]).toBeUndefined();
  expect(h["content-security-policy"]).toContain("frame-ancestors *");
  expect(h["x-content-type-options"]).toBe("nosniff");
});

test("a page refuses to render inside a frame from another origin", async ({ page }) => {
  // about:blank hosting an iframe of /fr: the browser must block it (frame-ancestors 'none').
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
  expect(etag).toMatch(/^"/);
  expect(first.headers()["cache-control"]).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+/);
  const second = await request.get("/api/dataset", { headers: { "If-None-Match": etag } });
  expect(second.status()).toBe(304);
});
