import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMetrics } from "../observability/metrics.ts";
import { openStore } from "../store/db.ts";
import type { Store } from "../store/db.ts";
import { migrateToLatest } from "../store/migrate.ts";
import { listSubmissions } from "../store/submissions.ts";
import { captureLogger } from "../testing/capture-logger.ts";
import { PASSED, fakePool } from "../testing/fake-pool.ts";
import type { FakePool } from "../testing/fake-pool.ts";
import { createGradingService } from "./service.ts";
import type { GradableExercise } from "./service.ts";

const exercise: GradableExercise = {
  id: "status-codes",
  entry: "index.ts",
  given: {},
  tests: { "hidden.test.ts": "// hidden" },
  fixtures: { sql: "create table t (x int);" },
  limits: { cpuMs: 500 },
};
const files = { "index.ts": "export const x = 1;" };

let dir: string;
let store: Store;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pillars-grading-"));
  store = openStore({ dataDir: dir });
  await migrateToLatest(store.db);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function service(pool: FakePool, queueSize = 0) {
  const metrics = createMetrics(new Registry());
  const grading = createGradingService({
    pool,
    store,
    metrics,
    logger: captureLogger().logger,
    concurrency: 1,
    queueSize,
    ratePerMinute: 60,
    rateBurst: 2,
  });
  return { grading, metrics };
}

describe("grading service", () => {
  it("runs the learner's files with the exercise's hidden tests, fixtures, limits and entry", async () => {
    const pool = fakePool();
    const { grading } = service(pool);
    expect(await grading.grade({ exercise, files, userId: null })).toEqual({
      ok: true,
      result: PASSED,
      submissionId: null,
    });
    expect(pool.requests).toEqual([
      {
        files,
        entry: "index.ts",
        tests: exercise.tests,
        fixtures: exercise.fixtures,
        limits: exercise.limits,
      },
    ]);
  });

  it("always runs the server's given files: a submitted copy is replaced and not stored", async () => {
    const pool = fakePool();
    const { grading } = service(pool);
    const withHelper = { ...exercise, given: { "hs256.ts": "export const real = true;" } };
    const forged = { ...files, "hs256.ts": "export const real = false;" };
    await grading.grade({ exercise: withHelper, files: forged, userId: "learner-given" });
    expect(pool.requests[0]?.files).toEqual({
      "index.ts": files["index.ts"],
      "hs256.ts": "export const real = true;",
    });
    const stored = await listSubmissions(store.db, { userId: "learner-given" });
    expect(stored[0]?.files).toEqual(files);
  });

  it("stores a signed-in learner's run and nothing for an anonymous one", async () => {
    const { grading } = service(fakePool());
    await grading.grade({ exercise, files, userId: null });
    await grading.grade({ exercise, files, userId: "learner-1" });
    const stored = await listSubmissions(store.db, { userId: "learner-1" });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      exerciseId: "status-codes",
      verdict: "passed",
      files,
      tests: PASSED.tests,
    });
    const all = await store.db.selectFrom("submissions").select("user_id").execute();
    expect(all.every((row) => row.user_id !== null)).toBe(true);
  });

  it("answers busy when the queue is full, and counts runs, rejections and queue depth", async () => {
    const pool = fakePool();
    pool.hold = true;
    const { grading, metrics } = service(pool, 1);
    const first = grading.grade({ exercise, files, userId: null });
    const second = grading.grade({ exercise, files, userId: null });
    await Promise.resolve();
    expect(grading.queueState()).toEqual({ active: 1, waiting: 1 });
    expect((await metrics.queueDepth.get()).values[0]?.value).toBe(1);
    expect((await metrics.workersBusy.get()).values[0]?.value).toBe(1);
    expect(await grading.grade({ exercise, files, userId: null })).toEqual({
      ok: false,
      reason: "busy",
      retryAfterSeconds: 2,
    });
    pool.hold = false;
    pool.release();
    await first;
    pool.release();
    await second;
    const text = await metrics.registry.metrics();
    expect(text).toContain('pillars_runs_total{verdict="passed"} 2');
    expect(text).toContain('pillars_runs_rejected_total{reason="queue_full"} 1');
    expect(text).toContain('pillars_run_duration_seconds_count{verdict="passed"} 2');
    expect(text).toContain("pillars_grading_queue_depth 0");
  });

  it("counts an engine failure as verdict 'error' and lets it propagate", async () => {
    const { grading, metrics } = service(
      fakePool(() => {
        throw new Error("worker died");
      }),
    );
    await expect(grading.grade({ exercise, files, userId: null })).rejects.toThrow("worker died");
    expect(await metrics.registry.metrics()).toContain('pillars_runs_total{verdict="error"} 1');
  });

  it("rate limits per client key and counts refusals", async () => {
    const { grading, metrics } = service(fakePool());
    expect(grading.admit("ip:1").allowed).toBe(true);
    expect(grading.admit("ip:1").allowed).toBe(true);
    expect(grading.admit("ip:1")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(grading.admit("ip:2").allowed).toBe(true);
    expect(await metrics.registry.metrics()).toContain(
      'pillars_runs_rejected_total{reason="rate_limited"} 1',
    );
  });

  it("is ready while the pool has a warm worker, and not after close", async () => {
    const pool = fakePool();
    const { grading } = service(pool);
    expect(grading.isReady()).toBe(true);
    pool.warm = 0;
    expect(grading.isReady()).toBe(false);
    pool.warm = 1;
    await grading.close();
    expect(pool.closed).toBe(true);
    expect(grading.isReady()).toBe(false);
  });
});
