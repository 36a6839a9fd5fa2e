// GET /api/elections/{election}/dataset: the election's validated dataset as JSON, with a strong
// ETag (304 when unchanged) and a Cache-Control that lets a CDN hold it briefly and serve it stale
// while it revalidates. `?v=VERSION`: that version, rebuilt from the corrections log, long-lived and revalidated (its data is fixed, its presentation may be edited).
// An unknown election or version: 404, echoing nothing of it.
import { datasetGet } from "@/lib/http/dataset-routes";

export async function GET(request: Request, { params }: RouteContext<"/api/elections/[election]/dataset">): Promise<Response> {
  return datasetGet(request, (await params).election);
}
