// Two runs of the same code give the same RunResult (all but the real-time usage): the clock,
// Math.random, crypto, SQL's random() and the event order are all seeded or virtual.
import { expect, test } from "vitest";
import { runInProcess } from "../src/index.ts";
import { exercise } from "./helpers.ts";

test("the same request twice gives the same result", async () => {
  const req = exercise(
    `import { db, cache, clock, crypto, log } from "@pillars/world";
export async function work() {
  const ids = [crypto.randomUUID(), globalThis.crypto.randomUUID(), Math.random(), crypto.randomBytes(4).toString("hex")];
  setTimeout(() => log.info("timer", { at: Date.now() }), 5);
  const [a, b] = await Promise.all([db.query("SELECT n FROM t ORDER BY random()"), cache.incr("hits")]);
  await clock.sleep(10);
  console.log(new Date().toISOString(), ids, a.rows, b);
  return (await db.query("SELECT hex(randomblob(4)) AS h")).rows[0].h;
}`,
    `test("works", async () => { expect(typeof (await learner.work())).toBe("string"); });
test("fails the same way", async () => { expect(await learner.work()).toBe("nope"); });`,
    { fixtures: { sql: "CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3), (4);" } },
  );
  const withoutUsage = ({ usage: _usage, ...rest }: Awaited<ReturnType<typeof runInProcess>>) =>
    rest;
  const first = withoutUsage(await runInProcess(req));
  expect(first.logs.length).toBeGreaterThan(2);
  expect(withoutUsage(await runInProcess(req))).toEqual(first);
});
