// GET /api/dataset: the validated dataset as JSON, with a strong ETag (304 when unchanged) and a
// Cache-Control that lets a CDN hold it briefly and serve it stale while it revalidates.
// `?v=VERSION`: that version of the dataset, rebuilt from the corrections log, immutable.
import { DATASET_CACHE_CONTROL, datasetResponse, PINNED_CACHE_CONTROL } from "@/lib/http/dataset-response";
import { notFoundResponse } from "@/lib/http/origin";
import { requestedData } from "@/lib/http/requested-data";

export function GET(request: Request): Response {
  const requested = requestedData(new URL(request.url).searchParams);
  if (!requested) return notFoundResponse();
  return datasetResponse(requested.loaded, request.headers.get("if-none-match"), requested.pinned ? PINNED_CACHE_CONTROL : DATASET_CACHE_CONTROL);
}
