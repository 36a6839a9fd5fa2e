import { describe, expect, it } from "vitest";
import { SITE_SCRIPT_LOADER } from "@/lib/site-script/loader";
import { THEME_SCRIPT } from "@/lib/theme-script";
import { scriptHash } from "./inline-scripts.mjs";
import { embedCsp, fileCsp, hashedPageCsp, hstsHeader, newNonce, pageCsp } from "./security";

describe("content security policies", () => {
  it("pageCsp allows scripts from our origin and inline ones with the nonce, never eval outside development", () => {
    const csp = pageCsp("abc123");
    expect(csp).toMatch(/script-src 'self' 'nonce-abc123'( 'sha256-[^']+')+;/);
    expect(csp).not.toContain("unsafe-eval");
    expect(pageCsp("abc123", [], true)).toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("embedCsp allows one hashed script and any framing site; fileCsp allows no script at all", () => {
    expect(embedCsp("sha256-xyz")).toContain("script-src 'sha256-xyz'");
    expect(embedCsp("sha256-xyz")).toContain("frame-ancestors *");
    expect(fileCsp()).not.toContain("script-src");
    expect(fileCsp()).toContain("default-src 'none'");
  });

  it("pageCsp also allows, by hash, the theme script, the site script's loader and the prerendered 404 page's scripts, which carry no nonce", () => {
    const csp = pageCsp("abc123", ["sha256-nf"]);
    expect(csp).toContain(`'${scriptHash(THEME_SCRIPT)}'`);
    expect(csp).toContain(`'${scriptHash(SITE_SCRIPT_LOADER)}'`);
    expect(csp).toContain("'sha256-nf';");
  });

  it("hashedPageCsp allows exactly the listed inline scripts, no nonce, no inline or eval wildcard", () => {
    const csp = hashedPageCsp(["sha256-a", "sha256-b"]);
    expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe("'self' 'sha256-a' 'sha256-b'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("newNonce is fresh each time and 16 bytes long", () => {
    const a = newNonce();
    expect(a).not.toBe(newNonce());
    expect(atob(a)).toHaveLength(16);
  });

  it("hstsHeader only over HTTPS", () => {
    expect(hstsHeader("http:", null)).toBeUndefined();
    expect(hstsHeader("https:", null)).toMatch(/max-age=/);
    expect(hstsHeader("http:", "https, http")).toMatch(/max-age=/);
    expect(hstsHeader("http:", "http")).toBeUndefined();
  });
});
