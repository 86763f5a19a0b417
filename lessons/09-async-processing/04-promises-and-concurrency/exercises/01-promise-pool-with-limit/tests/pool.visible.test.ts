import { test, expect, world } from "@pillars/test";
import { mapWithLimit } from "@pillars/learner";

test("runs up to `limit` tasks at once and keeps results in input order", async () => {
  let inFlight = 0;
  let peak = 0;
  const double = async (n: number) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await world.clock.sleep(100); // each task takes 100 virtual ms
    inFlight--;
    return n * 2;
  };
  const startedAt = world.clock.now();
  const results = await mapWithLimit([1, 2, 3, 4, 5, 6], 3, double);
  expect(results, "results").toEqual([2, 4, 6, 8, 10, 12]);
  expect(peak, "most tasks in flight at once").toBe(3);
  expect(world.clock.now() - startedAt, "virtual ms for 6 tasks of 100 ms, 3 at a time").toBe(200);
});
