import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, inlineScripts, scriptHash } from "./inline-scripts.mjs";

const html = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script><script>try{var t=1}catch(e){}</script></head>
<body><main data-dataset-version="&quot;abc-123&quot;"></main><script>self.__next_f.push([1,"<\\/svg>é"])</script><SCRIPT type="module" SRC="/b.js"></SCRIPT></body></html>`;

describe("inline-scripts", () => {
  it("inlineScripts(html) lists the text of every script without src, exactly as written", () => {
    expect(inlineScripts(html)).toEqual(["try{var t=1}catch(e){}", 'self.__next_f.push([1,"<\\/svg>é"])']);
  });

  it("scriptHash(text) hashes the UTF-8 bytes, as browsers do", () => {
    const text = 'self.__next_f.push([1,"é"])';
    expect(scriptHash(text)).toBe(`sha256-${createHash("sha256").update(Buffer.from(text, "utf8")).digest("base64")}`);
    expect(scriptHash("alert(1)")).toBe("sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=");
  });

  it("inlineScriptHashes(html) lists each distinct script once", () => {
    expect(inlineScriptHashes("<script>a()</script><script>a()</script><script>b()</script>")).toEqual([scriptHash("a()"), scriptHash("b()")]);
  });
});
