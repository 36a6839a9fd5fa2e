// GET /api/dataset: the validated dataset as JSON, with a strong ETag (304 when unchanged) and a
// Cache-Control that lets a CDN hold it briefly and serve it stale while it revalidates.
import { loadDataset } from "@/lib/dataset/load";
import { datasetResponse } from "@/lib/http/dataset-response";

export function GET(request: Request): Response {
  return datasetResponse(loadDataset(), request.headers.get("if-none-match"));
}
