import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", ".next*/**", ".tools/**", "tests/e2e/**", "lessons/**"],
    // Tests that run sandboxes start worker processes and databases: give them room, and keep
    // the machine's 2 cores from being oversubscribed.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
