// Which data a request for the dataset, an embed or a download asks for: the latest (no `v`), or
// one pinned version of its history (`v=` a version id). A malformed or unknown `v` asks for
// nothing: the route answers 404, echoing nothing of it.
import "server-only";
import { LEGACY_ELECTION, loadDataset, loadVersion, type LoadedDataset } from "@/lib/dataset/load";
import { parseVersionParam } from "@/lib/embed/options";

/** The data to serve, and whether a version was pinned (immutable answers); undefined: 404. */
export interface RequestedData {
  loaded: LoadedDataset;
  pinned: boolean;
}

/** The latest data without `v`; the version `v` names; undefined for a malformed or unknown `v`. */
export function requestedData(params: URLSearchParams): RequestedData | undefined {
  const param = parseVersionParam(params);
  if (param.kind === "latest") return { loaded: loadDataset(LEGACY_ELECTION), pinned: false };
  if (param.kind === "malformed") return undefined;
  const loaded = loadVersion(LEGACY_ELECTION, param.version);
  return loaded ? { loaded, pinned: true } : undefined;
}
