import { afterAll, expect, test } from "vitest";
import { createPool } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

// SQLite runs on the worker's thread and cannot be interrupted from JavaScript: a recursive CTE
// without end blocks it. The supervisor kills the worker once the run passes its wall time,
// answers time_limit with the tests that finished before (the worker streams each one), and a
// fresh worker takes the next run.
const pool = createPool({ size: 1 });
afterAll(() => pool.close());

test("an endless recursive CTE ends as time_limit, keeps the finished tests, and the pool keeps serving", async () => {
  await pool.ready();
  const result = await pool.run(
    exercise(
      `import { db } from "@pillars/world";
export const one = async () => (await db.query("SELECT 1 AS n")).rows[0].n;
export const count = () => db.query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) AS n FROM c");`,
      `test("first", async () => { expect(await learner.one()).toBe(1); });
test("second", async () => { expect(await learner.one()).toBe(2); });
test("count", async () => { await learner.count(); expect(1).toBe(1); });
test("after", async () => { expect(await learner.one()).toBe(1); });`,
      { limits: { wallMs: 1500 } },
    ),
  );
  expect(result.verdict).toBe("time_limit");
  expect(result.error).toMatch(/1500 ms/);
  expect(result.tests.map((t) => [t.name, t.status])).toEqual([
    ["first", "passed"],
    ["second", "failed"],
    ["count", "failed"],
    ["after", "skipped"],
  ]);
  expect(result.tests[1]?.message).toMatch(/Expected: 2/);
  expect(result.tests[2]?.message).toMatch(/longer than 1500 ms/);
  await expectNextRunPasses((req) => pool.run(req));
}, 60_000);
