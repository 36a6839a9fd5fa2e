// Runs once when a Next.js server starts, before it serves anything: loads every election's store, so
// that whichever route is asked first finds the last valid version ready, and so that a server
// with no valid version at all (an invalid file, no copy kept from a previous run, an invalid
// bundled file) refuses to start with the checker's report instead of answering 500s. Then, in a
// production server only (`next start`: not `next dev`, not while `next build` prerenders), puts
// the byte cache in front of Next.js (lib/http/byte-front.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { existsSync } = await import("node:fs");
  const { bundledFile, electionIds, loadDataset } = await import("./lib/dataset/load");
  for (const election of electionIds()) {
    try {
      loadDataset(election);
    } catch (error) {
      // An election shipped with the build has no excuse: refuse to start. One only in DATASET_DIR (a
      // newsroom's new file, still broken) must not take the others down: it stays unknown (404) until valid.
      if (existsSync(bundledFile(election))) {
        console.error(`Refusing to start: no valid version of the dataset of ${election}.\n${(error as Error).message}`);
        process.exit(1);
      }
      console.error(`${election}: no valid version; starting without it (its pages answer 404 until its file is valid).\n${(error as Error).message}`);
    }
  }
  if (process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { installByteFront } = await import("./lib/http/byte-front");
    installByteFront();
  }
}
