// End to end through the real engine: startGrading creates and warms a sandbox pool, and a
// run of learner code against hidden tests comes back graded (and stored for a learner).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../env.ts";
import { createMetrics } from "../observability/metrics.ts";
import { openStore } from "../store/db.ts";
import type { Store } from "../store/db.ts";
import { migrateToLatest } from "../store/migrate.ts";
import { listSubmissions } from "../store/submissions.ts";
import { captureLogger } from "../testing/capture-logger.ts";
import type { GradableExercise, GradingService } from "./service.ts";
import { startGrading } from "./start.ts";

const exercise: GradableExercise = {
  id: "add-numbers",
  entry: "index.ts",
  given: {},
  tests: {
    "add.test.ts": [
      'import { test, expect } from "@pillars/test";',
      'import { add } from "@pillars/learner";',
      'test("adds two numbers", () => { expect(add(1, 2)).toBe(3); });',
    ].join("\n"),
  },
  fixtures: {},
  limits: {},
};

let dir: string;
let store: Store;
let grading: GradingService;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pillars-real-pool-"));
  store = openStore({ dataDir: dir });
  await migrateToLatest(store.db);
  const env = parseEnv({ PILLARS_SANDBOX_POOL_SIZE: "1" });
  if (!env.ok) throw new Error(env.message);
  const metrics = createMetrics(new Registry());
  grading = await startGrading(env.env, { store, metrics, logger: captureLogger().logger });
});
afterAll(async () => {
  await grading?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("grading on the real sandbox pool", () => {
  it("is ready once started: the pool is warm", () => {
    expect(grading.isReady()).toBe(true);
  });

  it("passes correct code, fails wrong code, and stores the learner's runs", async () => {
    const good = await grading.grade({
      exercise,
      files: { "index.ts": "export function add(a: number, b: number) { return a + b; }" },
      userId: "learner-7",
    });
    expect(good.ok && good.result.verdict).toBe("passed");
    expect(good.ok && good.result.tests).toEqual([{ name: "adds two numbers", status: "passed" }]);

    const bad = await grading.grade({
      exercise,
      files: { "index.ts": "export function add(a: number, b: number) { return a - b; }" },
      userId: "learner-7",
    });
    expect(bad.ok && bad.result.verdict).toBe("failed");

    const stored = await listSubmissions(store.db, { userId: "learner-7" });
    expect(stored.map((s) => s.verdict).sort()).toEqual(["failed", "passed"]);
  });
});
