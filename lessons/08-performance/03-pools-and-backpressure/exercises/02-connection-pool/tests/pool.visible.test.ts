import { test, expect, world } from "@pillars/test";
import { createPool } from "@pillars/learner";

test("12 requests share 3 connections, never more", async () => {
  let connects = 0;
  const pool = createPool({
    max: 3,
    connect: async () => {
      connects++;
      await world.clock.sleep(30); // opening a connection takes 30 virtual ms
      return { id: connects };
    },
  });
  let inUse = 0;
  let peak = 0;
  const query = async () => {
    inUse++;
    peak = Math.max(peak, inUse);
    await world.clock.sleep(100); // each query holds its connection for 100 ms
    inUse--;
  };
  await Promise.all(Array.from({ length: 12 }, () => pool.use(query)));
  expect(connects, "connections opened").toBe(3);
  expect(peak, "most connections in use at once").toBe(3);
  expect(pool.stats(), "stats when all work is done").toEqual({
    total: 3,
    idle: 3,
    inUse: 0,
    waiting: 0,
  });
});
