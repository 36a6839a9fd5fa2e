// GET /api/dataset/status: the legacy URL of Paris 2020's data status (presenter notes), served as
// /api/elections/paris-2020/dataset/status is (lib/http/dataset-routes.ts). Never cached.
import { LEGACY_ELECTION } from "@/lib/dataset/load";
import { datasetStatusGet } from "@/lib/http/dataset-routes";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return datasetStatusGet(request, LEGACY_ELECTION);
}
