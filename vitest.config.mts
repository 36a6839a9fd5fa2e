import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      // `server-only` throws outside React Server Components; unit tests run server code directly.
      { find: "server-only", replacement: fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)) },
    ],
  },
  test: {
    environment: "node",
    // Some tests run the CLI as editors do (a process each) or validate hundreds of files: on a
    // shared two-core machine they can take longer than the default 5 s without anything being wrong.
    testTimeout: 30_000,
    // The dataset store keeps a copy of the last valid version: never in the checkout's .next/ from a test.
    env: { DATASET_CACHE_DIR: path.join(tmpdir(), "vitest-dataset-copies") },
    include: ["lib/**/*.test.ts", "lib/**/*.test.tsx", "app/**/*.test.ts", "components/**/*.test.ts", "components/**/*.test.tsx"],
  },
});
