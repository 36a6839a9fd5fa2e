// Which data a request for the dataset, an embed or a download asks for: an election's latest (no
// `v`), or one pinned version of its history (`v=` a version id). A malformed or unknown `v` asks
// for nothing: the route answers 404, echoing nothing of it.
import "server-only";
import { type LoadedDataset, loadDataset, loadVersion } from "@/lib/dataset/load";
import { parseVersionParam } from "@/lib/embed/options";

/** The data to serve, and whether a version was pinned (long-lived answers); undefined: 404. */
export interface RequestedData {
  loaded: LoadedDataset;
  pinned: boolean;
}

/** A known election's latest data without `v`; the version `v` names; undefined for a malformed or unknown `v`. */
export function requestedData(election: string, params: URLSearchParams): RequestedData | undefined {
  const param = parseVersionParam(params);
  if (param.kind === "latest") return { loaded: loadDataset(election), pinned: false };
  if (param.kind === "malformed") return undefined;
  const loaded = loadVersion(election, param.version);
  return loaded ? { loaded, pinned: true } : undefined;
}
