// TEMPORARY (house branch only): GET /api/elections/{election}/dataset for Paris, by the legacy
// handler, so the presenter's live data works before the routes branch adds the real route. The
// routes branch's version of this file replaces it in the merge.
import { GET as legacyGet } from "@/app/api/dataset/route";
import { LEGACY_ELECTION } from "@/lib/dataset/load";
import { notFoundResponse } from "@/lib/http/origin";

export async function GET(request: Request, { params }: { params: Promise<{ election: string }> }): Promise<Response> {
  return (await params).election === LEGACY_ELECTION ? legacyGet(request) : notFoundResponse();
}
