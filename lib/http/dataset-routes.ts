// The handlers of an election's dataset and of its status, shared by the routes with the election
// in their path (/api/elections/{election}/dataset…) and the legacy ones that serve Paris
// (/api/dataset…), so both answer alike for as long as the legacy URLs live.
import "server-only";
import { isElection } from "@/lib/dataset/load";
import { isLocale, LOCALES } from "@/lib/i18n";
import { presenterStatus } from "@/lib/present/status";
import { DATASET_CACHE_CONTROL, datasetResponse, PINNED_CACHE_CONTROL } from "./dataset-response";
import { notFoundResponse } from "./origin";
import { requestedData } from "./requested-data";

/** GET an election's validated dataset: a strong ETag (304 when unchanged); `?v=` one version, long-lived; 404 for an unknown election or version. */
export function datasetGet(request: Request, election: string): Response {
  const requested = isElection(election) ? requestedData(election, new URL(request.url).searchParams) : undefined;
  if (!requested) return notFoundResponse();
  return datasetResponse(requested.loaded, request.headers.get("if-none-match"), requested.pinned ? PINNED_CACHE_CONTROL : DATASET_CACHE_CONTROL);
}

/** GET an election's data status for the presenter's notes, its changed values in words in `?lang=` (both without it); never cached. */
export function datasetStatusGet(request: Request, election: string): Response {
  if (!isElection(election)) return notFoundResponse();
  const lang = new URL(request.url).searchParams.get("lang");
  return Response.json(presenterStatus(election, isLocale(lang) ? [lang] : LOCALES), { headers: { "Cache-Control": "no-store" } });
}
