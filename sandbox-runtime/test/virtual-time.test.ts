import { describe, expect, test } from "vitest";
import { runInProcess } from "../src/index.ts";
import { exercise } from "./helpers.ts";

const SEED = { fixtures: { sql: "CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1);" } };

describe("the virtual clock", () => {
  test("Promise.all of three calls costs one call's latency; sequential costs three", async () => {
    const result = await runInProcess(
      exercise(
        `import { db, clock } from "@pillars/world";
const one = () => db.query("SELECT n FROM t");
export async function parallel() { const t0 = clock.now(); await Promise.all([one(), one(), one()]); return clock.now() - t0; }
export async function sequential() { const t0 = clock.now(); await one(); await one(); await one(); return clock.now() - t0; }`,
        `test("parallel", async () => { expect(await learner.parallel()).toBeCloseTo(2.01, 2); });
test("sequential", async () => { expect(await learner.sequential()).toBeCloseTo(6.03, 2); });`,
        SEED,
      ),
    );
    expect(result.tests).toEqual([
      { name: "parallel", status: "passed" },
      { name: "sequential", status: "passed" },
    ]);
    // Every call is a span on the virtual clock: the three parallel ones start together.
    const starts = result.trace.filter((s) => s.kind === "db").map((s) => s.startMs);
    expect(starts.slice(0, 3)).toEqual([0, 0, 0]);
    expect(starts.slice(3)).toEqual([2.01, 4.02, 6.03]);
  });

  test("sleep, setTimeout, setInterval and Date follow virtual time without real waiting", async () => {
    const result = await runInProcess(
      exercise(
        `import { clock } from "@pillars/world";
export async function schedule(): Promise<string[]> {
  const events: string[] = [];
  const start = clock.now();
  setTimeout(() => events.push("timeout@" + (clock.now() - start)), 50);
  const id = setInterval(() => { events.push("tick@" + (clock.now() - start)); }, 20);
  await clock.sleep(70);
  clearInterval(id);
  await clock.sleep(100);
  events.push("date=" + (Date.now() === clock.now()));
  return events;
}`,
        `test("order", async () => {
  expect(await learner.schedule()).toEqual(["tick@20", "tick@40", "timeout@50", "tick@60", "date=true"]);
});`,
        { fixtures: { clockStart: Date.UTC(2030, 0, 1) }, limits: { wallMs: 2000 } },
      ),
    );
    expect(result.verdict).toBe("passed");
    expect(result.usage.wallMs).toBeLessThan(2000);
  });

  test("tests can move time forward with clock.advance, expiring cache TTLs", async () => {
    const result = await runInProcess(
      exercise(
        `import { cache } from "@pillars/world";
export const remember = (v: string) => cache.set("k", v, "EX", 60);
export const recall = () => cache.get("k");`,
        `test("expires", async () => {
  await learner.remember("v");
  await world.clock.advance(59_000);
  expect(await learner.recall()).toBe("v");
  await world.clock.advance(2_000);
  expect(await learner.recall()).toBeNull();
});`,
      ),
    );
    expect(result.verdict).toBe("passed");
  });

  test("the clock starts at fixtures.clockStart and Date agrees", async () => {
    const start = Date.UTC(2031, 5, 1);
    const result = await runInProcess(
      exercise(
        `export const now = () => new Date().toISOString();`,
        `test("now", () => { expect(learner.now()).toBe("2031-06-01T00:00:00.000Z"); });`,
        {
          fixtures: { clockStart: start },
        },
      ),
    );
    expect(result.verdict).toBe("passed");
  });
});
