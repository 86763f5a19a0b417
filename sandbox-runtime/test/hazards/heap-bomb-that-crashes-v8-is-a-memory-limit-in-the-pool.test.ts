import { afterAll, expect, test } from "vitest";
import { createPool } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

// Some heap growth (a Map's backing store doubling) outruns isolated-vm's memory limit and
// makes V8 abort the whole process. Only a process boundary contains that: the supervisor sees
// the worker die with V8's OOM report, answers memory_limit and replaces the worker.
const pool = createPool({ size: 1 });
afterAll(() => pool.close());

test("a Map bomb that aborts V8 ends as memory_limit and the pool keeps serving", async () => {
  await pool.ready();
  const result = await pool.run(
    exercise(
      `export function bomb() { const m = new Map<number, object>(); for (let i = 0; ; i++) m.set(i, { i, s: "v" + i }); }`,
      `test("bomb", () => { learner.bomb(); });`,
      {
        limits: { memoryMb: 32, cpuMs: 10_000, wallMs: 20_000 },
      },
    ),
  );
  expect(result.verdict).toBe("memory_limit");
  await expectNextRunPasses((req) => pool.run(req));
  expect(pool.stats()).toMatchObject({ size: 1, warm: 1, busy: 0 });
}, 60_000);
