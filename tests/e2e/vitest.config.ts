// The browser tests: run by scripts/e2e.ts against a production server it started
// (PILLARS_E2E_URL). One browser at a time: the machine has two cores and the server's
// sandbox pool needs them.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.spec.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
  },
});
