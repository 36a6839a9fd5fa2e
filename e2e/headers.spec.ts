// Security headers on every kind of route: pages as documents every reader shares (hashes,
// cacheable; the byte cache's), pages rendered per request (nonce), embeds (hash, framable), files
// and JSON (nothing runs), 404s; HSTS over HTTPS only. Script hashes are computed here independently of lib/http.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { SITE_SCRIPT_SRC } from "../lib/site-script/site-script.min";

const COMMON = (h: Record<string, string>) => {
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["cross-origin-opener-policy"]).toBe("same-origin");
  expect(h["x-powered-by"]).toBeUndefined();
};

/** The build's secret draft-mode id (the e2e suite runs against the build in this folder). */
const DRAFT_MODE_ID: string = JSON.parse(readFileSync(".next/prerendered-pages.json", "utf8")).draftModeId;

/** What browsers send when they navigate to a page. */
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

/** The script-src of a policy. */
const scriptSrcOf = (csp: string) => /script-src ([^;]+)/.exec(csp)?.[1] ?? "";

/** Inline scripts of a page that its policy would refuse: neither its nonce nor a listed hash. */
function refusedInlineScripts(html: string, csp: string): string[] {
  const scriptSrc = scriptSrcOf(csp);
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\bsrc=/.test(attributes!))
    .filter(([, attributes, text]) => !(nonce && attributes!.includes(`nonce="${nonce}"`)) && !scriptSrc.includes(`'sha256-${createHash("sha256").update(text!).digest("base64")}'`))
    .map(([, , text]) => text!.slice(0, 60));
}

const SHARED_PAGE_RULES = (h: Record<string, string>) => {
  COMMON(h);
  const csp = h["content-security-policy"] ?? "";
  expect(scriptSrcOf(csp)).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic|\*|https?:/);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(h["x-frame-options"]).toBe("DENY");
};

// Every view of every page but the presenter is rendered once and kept by the byte cache (lib/http/byte-front.ts).
for (const route of [
  "/fr/paris-2020",
  "/en/paris-2020",
  "/fr/paris-2020?utm_source=newsletter",
  "/en/paris-2020?highlight=%3Cscript%3E",
  "/fr/paris-2020?highlight=dati",
  "/en/paris-2020?hide=villani&cell=dati.surveillance",
  "/fr/paris-2020/corrections",
]) {
  test(`page ${route}, as a browser navigates to it: the same document for every reader, its inline scripts allowed by hash, cacheable by a CDN`, async ({ request }) => {
    const res = await request.get(route, { headers: { Accept: BROWSER_ACCEPT } });
    const h = res.headers();
    expect(h["x-cache"]).toMatch(/^(HIT|MISS)$/);
    SHARED_PAGE_RULES(h);
    const csp = h["content-security-policy"]!;
    expect(scriptSrcOf(csp)).not.toMatch(/nonce/);
    expect(scriptSrcOf(csp)).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    const html = await res.text();
    expect(refusedInlineScripts(html, csp)).toEqual([]);
    expect(h["cache-control"]).toMatch(/^public, .*s-maxage=\d+.*stale-while-revalidate=\d+/);
    // Views are rendered with the build's secret draft-mode id: it must never reach a reader.
    expect(html).not.toContain(DRAFT_MODE_ID);
    expect(JSON.stringify(h)).not.toContain(DRAFT_MODE_ID);
  });
}

// The presenter and 404s (every other page is a document the byte cache keeps, whoever asks for it).
for (const route of ["/fr/paris-2020/present?slide=2", "/en/paris-2020/present", "/does-not-exist", "/fr/nowhere"]) {
  test(`rendered per request ${route}: inline scripts need a fresh nonce, never cached`, async ({ request }) => {
    const res = await request.get(route);
    const h = res.headers();
    SHARED_PAGE_RULES(h);
    const csp = h["content-security-policy"]!;
    expect(scriptSrcOf(csp)).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]{16,}'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    expect(refusedInlineScripts(await res.text(), csp)).toEqual([]);
    expect(h["cache-control"]).toMatch(/no-store/);
  });
}

test("another view is fetched as the page the byte cache keeps (no framework script, no nonce), and shown within the same document", async ({ page }) => {
  await page.goto("/fr/paris-2020");
  await expect(page.locator('[data-heatmap] a[tabindex="0"]')).toHaveCount(1);
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const fetched = page.waitForResponse((r) => r.url().includes("highlight=dati") && r.request().resourceType() === "fetch");
  await page.getByRole("combobox", { name: "Mettre en avant" }).selectOption("dati");
  const response = await fetched;
  const h = await response.allHeaders();
  expect(h["content-type"]).toContain("text/html");
  expect(h["x-cache"]).toMatch(/^(HIT|MISS)$/);
  expect(scriptSrcOf(h["content-security-policy"]!)).not.toMatch(/'nonce-/);
  expect(await response.text()).not.toMatch(/\/_next\/static\/chunks\/[^"]+\.js|self\.__next_f/);
  expect(JSON.stringify(h)).not.toContain(DRAFT_MODE_ID);
  expect(await page.context().cookies()).toEqual([]);
  // The view changed within the same document: no reload.
  await expect(page.locator(".chart-label--highlighted").first()).toHaveText("Dati");
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test("each request for a page rendered per request gets a new nonce, and the page's scripts carry it", async ({ request }) => {
  const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
  const first = await request.get("/fr/paris-2020/present?slide=3");
  const second = await request.get("/fr/paris-2020/present?slide=3");
  const a = nonceOf(first.headers()["content-security-policy"]!);
  expect(a).toBeTruthy();
  expect(nonceOf(second.headers()["content-security-policy"]!)).not.toBe(a);
  const html = await first.text();
  expect(html.split(`nonce="${a}"`).length - 1).toBeGreaterThan(2);
});

for (const route of ["/fr/paris-2020", "/en/paris-2020?highlight=buzyn&cell=dati.surveillance", "/fr/paris-2020/present?slide=2", "/fr/nowhere"]) {
  test(`in the browser, ${route} runs every script it needs: no policy violation, also after changing the view`, async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(route);
    if (route.includes("/present") || route.includes("nowhere")) {
      // React links each DOM node to its fiber once it has hydrated it: proof the inline payload ran (pages Next.js renders per request).
      const hydrated = () => page.evaluate(() => Object.keys(document.querySelector("body *:not(script)") ?? {}).some((k) => k.startsWith("__reactFiber$")));
      await expect.poll(hydrated).toBe(true);
    } else {
      // A page the byte cache keeps: the site script ran, under the page's hashed policy.
      await expect(page.locator("html")).toHaveAttribute("data-enhanced", "");
    }
    const filter = page.getByRole("checkbox", { name: "Danielle Simonnet" });
    if (await filter.count()) {
      await filter.click();
      await expect(page).toHaveURL(/simonnet/);
      await expect(page.locator('[data-heatmap] a[data-candidate="simonnet"]')).toHaveCount(0);
    }
    expect(violations).toEqual([]);
  });
}

test("/site.js is kept for good under its current version and is a 404 under any other", async ({ request }) => {
  const current = await request.get(SITE_SCRIPT_SRC);
  expect(current.status()).toBe(200);
  expect(current.headers()["content-type"]).toMatch(/^text\/javascript/);
  expect(current.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  for (const other of ["/site.js", "/site.js?v=old"]) expect((await request.get(other)).status(), other).toBe(404);
});

// Files, JSON and redirects, at their URLs with the election and at the legacy ones (Paris's).
const FILES = [
  "/api/elections",
  "/api/elections/paris-2020/dataset",
  "/api/elections/paris-2020/dataset/status",
  "/api/elections/nowhere/dataset",
  "/api/oembed?url=x",
  "/charts/paris-2020/cameras.svg",
  "/charts/paris-2020/cameras.csv",
  "/charts/paris-2020/cameras.png",
  "/corrections.xml",
  "/embed.js",
  SITE_SCRIPT_SRC,
  "/site.js?v=old",
];
const LEGACY_FILES = ["/api/dataset", "/api/dataset/status", "/charts/cameras.svg", "/charts/cameras.csv"];
const REDIRECTS = ["/", "/fr?highlight=dati", "/en?cell=dati.surveillance", "/fr/present", "/en/corrections"];
for (const route of [...FILES, ...LEGACY_FILES, ...REDIRECTS, "/embed/%ED%A0%80", "/embed/nowhere/cameras", "/embed/paris-2020/nope"]) {
  test(`${route}: nothing may run if it is opened as a page, and no framing`, async ({ request }) => {
    const res = await request.get(route, { maxRedirects: 0 });
    expect(res.status()).toBeLessThan(500);
    const h = res.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["content-security-policy"] ?? "").toMatch(/frame-ancestors 'none'/);
    if (route !== "/") expect(h["content-security-policy"]).toContain("default-src 'none'");
    // Only /embed/* may be framed, and only an embed that exists: a 404 under /embed/ is no page to frame either.
    if (route.startsWith("/embed/")) expect(res.status()).toBe(404);
  });
}

for (const route of ["/embed/paris-2020/theme-heatmap", "/embed/theme-heatmap"]) {
  test(`${route}: framable by any site, with exactly its own inline script allowed by hash`, async ({ request }) => {
    const res = await request.get(route, { maxRedirects: 0 });
    expect(res.status()).toBe(200);
    const h = res.headers();
    COMMON(h);
    expect(h["x-frame-options"]).toBeUndefined();
    const csp = h["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors *");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(csp).toContain("default-src 'none'");
    const html = await res.text();
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(csp).toContain(`'sha256-${createHash("sha256").update(inline).digest("base64")}'`);
  });
}

test("HSTS is sent over HTTPS (as a proxy reports it) and never over plain HTTP, by Next.js and by the byte cache alike", async ({ request }) => {
  for (const headers of [{}, { Accept: BROWSER_ACCEPT }] as Record<string, string>[]) {
    expect((await request.get("/fr/paris-2020", { headers })).headers()["strict-transport-security"]).toBeUndefined();
    const secure = await request.get("/fr/paris-2020", { headers: { ...headers, "X-Forwarded-Proto": "https" } });
    expect(secure.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  }
  expect((await request.get("/fr/paris-2020", { headers: { Accept: BROWSER_ACCEPT } })).headers()["x-cache"]).toBe("HIT");
});

test("a page refuses to render inside a frame", async ({ page }) => {
  await page.goto("/api/elections/paris-2020/dataset");
  const blocked = await page.evaluate(async () => {
    const frame = document.createElement("iframe");
    frame.src = "/fr/paris-2020";
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

test("/api/elections/paris-2020/dataset answers 304 to a matching If-None-Match", async ({ request }) => {
  const first = await request.get("/api/elections/paris-2020/dataset");
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"]!;
  expect(first.headers()["cache-control"]).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+/);
  const second = await request.get("/api/elections/paris-2020/dataset", { headers: { "If-None-Match": etag } });
  expect(second.status()).toBe(304);
});
