// TEMPORARY (house branch only): GET /api/elections/{election}/dataset/status for Paris, by the
// legacy handler, until the routes branch adds the real route (its version replaces this file).
import { GET as legacyGet } from "@/app/api/dataset/status/route";
import { LEGACY_ELECTION } from "@/lib/dataset/load";
import { notFoundResponse } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ election: string }> }): Promise<Response> {
  return (await params).election === LEGACY_ELECTION ? legacyGet(request) : notFoundResponse();
}
