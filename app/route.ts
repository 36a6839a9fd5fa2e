// GET /: sends the visitor to the elections in their preferred language (French by default).
import { preferredLocale } from "@/lib/i18n/locales";
import { catalogueHref } from "@/lib/routes";

export function GET(request: Request): Response {
  const locale = preferredLocale(request.headers.get("accept-language"));
  return new Response(null, {
    status: 307,
    headers: { Location: catalogueHref(locale), Vary: "Accept-Language", "Cache-Control": "public, max-age=0, must-revalidate" },
  });
}
