// GET /: sends the visitor to the dashboard in their preferred language (French by default).
import { preferredLocale } from "@/lib/i18n/locales";

export function GET(request: Request): Response {
  const locale = preferredLocale(request.headers.get("accept-language"));
  return new Response(null, {
    status: 307,
    headers: { Location: `/${locale}`, Vary: "Accept-Language", "Cache-Control": "public, max-age=0, must-revalidate" },
  });
}
