// GET /api/dataset/status: what the presenter's notes window shows of the served data (version,
// last check, a refused correction) and every correction summarised, its changed values in words
// in `?lang=` (fr or en; both without it). Never cached: it is the state of this server now.
import { isLocale, LOCALES } from "@/lib/i18n";
import { presenterStatus } from "@/lib/present/status";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const lang = new URL(request.url).searchParams.get("lang");
  return Response.json(presenterStatus(isLocale(lang) ? [lang] : LOCALES), { headers: { "Cache-Control": "no-store" } });
}
