// A corpus of hostile values for query parameters and path segments (issue: hostile input).
// Shared by the e2e hostile-input test; every value must be answered without a 5xx and without
// being reflected unescaped.

const long = (n: number) => "A".repeat(n);

export const HOSTILE_VALUES: string[] = [
  // Script and HTML injection
  "<script>alert(1)</script>",
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "javascript:alert(1)",
  "</title><script>alert(1)</script>",
  "<iframe src=//evil.example>",
  "{{constructor.constructor('alert(1)')()}}",
  "${alert(1)}",
  "<!--",
  "]]><x>",
  "<style>*{display:none}</style>",
  // Quotes and separators
  '"',
  "'",
  "`",
  "\\",
  '";alert(1);//',
  "a,b,c,,,",
  ".",
  "..",
  "dati.",
  ".platforms",
  "dati.platforms.extra",
  // Path traversal and URLs
  "../../../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e%2f",
  "/etc/passwd",
  "file:///etc/passwd",
  "http://evil.example/",
  "//evil.example",
  "data:text/html,<script>alert(1)</script>",
  // Numbers out of range and odd numbers
  "-1",
  "0",
  "1e309",
  "NaN",
  "Infinity",
  "99999999999999999999",
  "0x10",
  "3.5",
  // Very long strings
  long(1024),
  long(10_000),
  `${long(2000)}<script>`,
  // Control characters
  "\u0000",
  "a\u0000b",
  "\r\nSet-Cookie: x=1",
  "\t\n\v\f",
  "\u001b[31m",
  // Unusual Unicode
  "\u202Eevil",
  "\uFEFF",
  "\uD800",
  "😀".repeat(50),
  "ℌ𝔦𝔡𝔞𝔩𝔤𝔬",
  "ＤＡＴＩ",
  "Dati",
  "HIDALGO",
  "é\u0301",
  // Template and format strings
  "%s%s%s%n",
  "%00",
  "{0}",
  "__proto__",
  "constructor",
  "prototype",
];

/** Values sent as arrays (the same parameter repeated), for parameters that expect one string. */
export const HOSTILE_ARRAYS: string[][] = [
  ["dati", "hidalgo"],
  ["<script>", "x"],
  ["", ""],
];

/**
 * True when a response reflects a markup-bearing value verbatim: the value (with < > " ' or `)
 * appears in the body but not in the same route's answer to a harmless request, which rules out
 * strings every page contains anyway (`<script>`, `<!--`).
 */
export function reflectsUnescaped(body: string, value: string, baseline: string): boolean {
  return /[<>"'`]/.test(value) && value.length >= 2 && body.includes(value) && !baseline.includes(value);
}
