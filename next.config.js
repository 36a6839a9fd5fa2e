// @ts-check
// Security headers for every response. Only /embed/* may be framed by other sites (newsrooms
// embed charts there); every other route refuses framing, by X-Frame-Options here and by its
// content security policy, which proxy.ts (pages, files) or the embed route sets per request.

/** First path segments that are real routes or files; any other is answered by the 404 page. */
const TOP_LEVEL = ["fr", "en", "api", "embed", "charts", "corrections\\.xml", "_next", "embed\\.js", "site\\.js", "icon\\.svg", "robots\\.txt", "present-worker\\.js"];

const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { globalNotFound: true },
  // A native module (the PNG renderer): loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@resvg/resvg-js"],
  // A first path segment that is not a language (nor another top-level route) would reach the
  // catalogue or an election's dashboard, whose notFound() Next 16 answers with an empty error
  // shell when it renders an unknown election on demand (dynamicParams). Sending it under
  // /fr/_/ instead, where no page matches (or a presenter or log page that is rendered per
  // request and finds no election "_"), lets a not-found page answer: a real 404 document,
  // readable without JavaScript, that names nothing of the URL.
  async rewrites() {
    return {
      beforeFiles: [{ source: `/:first((?!(?:${TOP_LEVEL.join("|")})(?:/|$))[^/]+)/:rest*`, destination: "/fr/_/:first/:rest*" }],
    };
  },
  async headers() {
    return [
      {
        // Everything except /embed/...: no framing at all.
        source: "/((?!embed/).*)",
        headers: [...common, { key: "X-Frame-Options", value: "DENY" }],
      },
      {
        // Embeds: any site may frame them (their policy says frame-ancestors *).
        source: "/embed/:path*",
        headers: common,
      },
    ];
  },
};

module.exports = nextConfig;
