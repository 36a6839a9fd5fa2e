// GET /api/dataset/status: what the presenter's notes window shows of the served data (version,
// last check, a refused correction) and every correction summarised. Never cached: it is the
// state of this server now.
import { presenterStatus } from "@/lib/present/status";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json(presenterStatus(), { headers: { "Cache-Control": "no-store" } });
}
