import { describe, expect, it } from "vitest";
import { embedCsp, fileCsp, hstsHeader, newNonce, pageCsp, scriptHash } from "./security";

describe("content security policies", () => {
  it("pageCsp allows only nonce-marked scripts (and what they load), never eval outside development", () => {
    const csp = pageCsp("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(pageCsp("abc123", true)).toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("embedCsp allows one hashed script and any framing site; fileCsp allows no script at all", () => {
    expect(embedCsp("sha256-xyz")).toContain("script-src 'sha256-xyz'");
    expect(embedCsp("sha256-xyz")).toContain("frame-ancestors *");
    expect(fileCsp()).not.toContain("script-src");
    expect(fileCsp()).toContain("default-src 'none'");
  });

  it("scriptHash is the base64 SHA-256 CSP expects", async () => {
    expect(await scriptHash("alert(1)")).toBe("sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=");
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
