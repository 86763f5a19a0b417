import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Registry } from "prom-client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createGradingService } from "#lib/grading/service.ts";
import { createMetrics } from "#lib/observability/metrics.ts";
import { provide } from "#lib/runtime.ts";
import { openStore } from "#lib/store/db.ts";
import type { Store } from "#lib/store/db.ts";
import { migrateToLatest } from "#lib/store/migrate.ts";
import { captureLogger } from "#lib/testing/capture-logger.ts";
import { PASSED, fakePool } from "#lib/testing/fake-pool.ts";
import type { FakePool } from "#lib/testing/fake-pool.ts";
import { EXERCISE } from "#lib/testing/fake-content.ts";
import { GET, POST } from "./route.ts";

vi.mock(
  "#lib/content/index.ts",
  async () => (await import("#lib/testing/fake-content.ts")).fakeContent,
);

let dir: string;
let store: Store;
let pool: FakePool;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pillars-runs-"));
  store = openStore({ dataDir: dir });
  await migrateToLatest(store.db);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function startGrading(options: { burst?: number; queueSize?: number } = {}) {
  pool = fakePool();
  provide(
    "grading",
    createGradingService({
      pool,
      store,
      metrics: createMetrics(new Registry()),
      logger: captureLogger().logger,
      concurrency: 1,
      queueSize: options.queueSize ?? 4,
      ratePerMinute: 60,
      rateBurst: options.burst ?? 100,
    }),
  );
}
beforeEach(() => {
  provide("logger", captureLogger().logger);
  startGrading();
});

const ctx = (id = EXERCISE.id) => ({ params: Promise.resolve({ id }) });
function run(body: unknown, headers: Record<string, string> = {}, id = EXERCISE.id) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const request = new Request(`http://x/api/v1/exercises/${id}/runs`, {
    method: "POST",
    body: text,
    headers: { "content-type": "application/json", ...headers },
  });
  return POST(request, ctx(id));
}
async function problem(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return (await response.json()) as { status: number; errors?: Array<{ pointer: string }> };
}
const ok = { files: { "index.ts": "export const x = 1;" } };

describe("POST /api/v1/exercises/{id}/runs", () => {
  it("grades the files against the exercise's tests and answers the RunResult", async () => {
    const response = await run({ files: { "index.ts": "export {}", "lib/repo.ts": "export {}" } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(PASSED);
    expect(pool.requests[0]?.tests).toEqual(EXERCISE.tests);
    expect(pool.requests[0]?.files).toEqual({
      "index.ts": "export {}",
      "lib/repo.ts": "export {}",
      ...EXERCISE.given,
    });
  });

  it("runs the server's copy of a given file, whatever the learner sent in its place", async () => {
    const response = await run({
      files: { "index.ts": "export {}", "helpers.ts": "export const GIVEN_HELPER = 2;" },
    });
    expect(response.status).toBe(200);
    expect(pool.requests[0]?.files).toEqual({
      "index.ts": "export {}",
      "helpers.ts": "export const GIVEN_HELPER = 1;",
    });
  });

  it("stores nothing for an anonymous run", async () => {
    await run(ok);
    expect(await store.db.selectFrom("submissions").selectAll().execute()).toEqual([]);
  });

  it("answers malformed JSON with 400", async () => {
    const response = await run('{"files": {');
    expect(response.status).toBe(400);
    await problem(response);
  });

  it("answers bad paths, no files, too many files and unknown keys with 400 field errors", async () => {
    const cases: Array<[unknown, string]> = [
      [{ files: { "../etc/passwd.ts": "" } }, "#/files/..~1etc~1passwd.ts"],
      [{ files: { "index.js": "" } }, "#/files/index.js"],
      [{ files: {} }, "#/files"],
      [
        { files: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`f${i}.ts`, ""])) },
        "#/files",
      ],
      [{ ...ok, extra: true }, "#"],
      [{ files: { "index.ts": 42 } }, "#/files/index.ts"],
    ];
    for (const [body, pointer] of cases) {
      const response = await run(body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect((await problem(response)).errors?.map((e) => e.pointer)).toContain(pointer);
    }
    expect(pool.requests).toEqual([]);
  });

  it("answers a file over 64 KiB or files over 256 KiB in all with 413", async () => {
    const big = await run({ files: { "index.ts": "x".repeat(64 * 1024 + 1) } });
    expect(big.status).toBe(413);
    expect((await problem(big)).errors?.[0]?.pointer).toBe("#/files/index.ts");
    // Multi-byte characters count as the bytes they take.
    const wide = await run({ files: { "index.ts": "é".repeat(33 * 1024) } });
    expect(wide.status).toBe(413);
    const files = Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [`f${i}.ts`, "x".repeat(60 * 1024)]),
    );
    const total = await run({ files: { ...files, "index.ts": "" } });
    expect(total.status).toBe(413);
    expect(pool.requests).toEqual([]);
  });

  it("answers an unknown exercise with 404", async () => {
    const response = await run(ok, {}, "no-such-exercise");
    expect(response.status).toBe(404);
    await problem(response);
  });

  it("answers files without the entry module with a 400 field error", async () => {
    const response = await run({ files: { "other.ts": "" } });
    expect(response.status).toBe(400);
    expect((await problem(response)).errors).toEqual([
      { pointer: "#/files", detail: "must include the entry file index.ts" },
    ]);
  });

  it("rate limits per client address with 429 and Retry-After", async () => {
    startGrading({ burst: 2 });
    const a = { "x-pillars-client-ip": "203.0.113.1" };
    expect((await run(ok, a)).status).toBe(200);
    expect((await run(ok, a)).status).toBe(200);
    const limited = await run(ok, a);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    await problem(limited);
    expect((await run(ok, { "x-pillars-client-ip": "203.0.113.2" })).status).toBe(200);
  });

  it("answers 503 with Retry-After when the grading queue is full", async () => {
    startGrading({ queueSize: 0 });
    pool.hold = true;
    const first = run(ok);
    await vi.waitFor(() => expect(pool.requests).toHaveLength(1));
    const busy = await run(ok);
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("2");
    await problem(busy);
    pool.release();
    expect((await first).status).toBe(200);
  });

  it("answers GET with 405 and Allow: POST", async () => {
    const response = await GET(new Request("http://x/"), ctx());
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST, OPTIONS");
  });
});
