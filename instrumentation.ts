// Runs once when a Next.js server starts, before it serves anything: loads the dataset store, so
// that whichever route is asked first finds the last valid version ready, and so that a server
// with no valid version at all (an invalid file, no copy kept from a previous run, an invalid
// bundled file) refuses to start with the checker's report instead of answering 500s.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { loadDataset } = await import("./lib/dataset/load");
  try {
    loadDataset();
  } catch (error) {
    console.error(`Refusing to start: no valid version of the dataset.\n${(error as Error).message}`);
    process.exit(1);
  }
}
