// GET /api/elections/{election}/dataset/status: what the presenter's notes window shows of the
// served data (version, last check, a refused correction) and every correction summarised, its
// changed values in words in `?lang=` (fr or en; both without it). Never cached: it is the state
// of this server now.
import { datasetStatusGet } from "@/lib/http/dataset-routes";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/elections/[election]/dataset/status">): Promise<Response> {
  return datasetStatusGet(request, (await params).election);
}
