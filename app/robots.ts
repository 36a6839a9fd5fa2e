// /robots.txt: everything may be crawled but the JSON endpoints.
import type { MetadataRoute } from "next";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/api/"] }] };
}
