// GET /api/dataset: the legacy URL of Paris 2020's dataset (before elections were in URLs), served
// as /api/elections/paris-2020/dataset is, for as long as anyone asks (lib/http/dataset-routes.ts).
import { LEGACY_ELECTION } from "@/lib/dataset/load";
import { datasetGet } from "@/lib/http/dataset-routes";

export function GET(request: Request): Response {
  return datasetGet(request, LEGACY_ELECTION);
}
