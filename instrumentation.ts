// Runs once when a Next.js server starts, before it serves anything: loads every election's store, so
// that whichever route is asked first finds the last valid version ready, and so that a server
// with no valid version at all (an invalid file, no copy kept from a previous run, an invalid
// bundled file) refuses to start with the checker's report instead of answering 500s.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { electionIds, loadDataset } = await import("./lib/dataset/load");
  for (const election of electionIds()) {
    try {
      loadDataset(election);
    } catch (error) {
      console.error(`Refusing to start: no valid version of the dataset of ${election}.\n${(error as Error).message}`);
      process.exit(1);
    }
  }
}
