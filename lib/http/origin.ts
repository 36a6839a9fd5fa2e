// The site's public origin, for absolute links in embeds, oEmbed and social cards.

/**
 * SITE_URL when the deployment sets it (behind a CDN or proxy, set it), else the origin the client
 * asked for: the Host header, since Next.js builds request.url from the address it listens on.
 */
export function siteOrigin(request: Request): string {
  const configured = process.env.SITE_URL?.replace(/\/+$/, "");
  if (configured) return configured;
  const url = new URL(request.url);
  const host = request.headers.get("host");
  return trustedHost(host) ? `${url.protocol}//${host}` : url.origin;
}

/** Whether a Host header is a plain host[:port], trusted to name the site; anything else falls back to the listening address. */
export function trustedHost(host: string | null | undefined): host is string {
  return !!host && /^[\w.-]+(:\d+)?$|^\[[\da-f:]+\](:\d+)?$/i.test(host);
}

/** A small 404 answer for files and embeds, echoing nothing of the request. */
export function notFoundResponse(): Response {
  return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** Embeds and downloads change only with the data: short CDN caching, long stale-while-revalidate. */
export const SHARED_CACHE_CONTROL = "public, max-age=300, s-maxage=300, stale-while-revalidate=86400";
