import { test, expect, world } from "@pillars/test";
import { createServer } from "@pillars/learner";

test("shutdown lets a slow request finish before it closes the database", async () => {
  const closedAt: number[] = [];
  const database = {
    name: "db",
    close: async () => {
      closedAt.push(world.clock.now());
    },
  };
  // A ticket purchase that takes 300 virtual ms.
  const server = createServer(async () => {
    await world.clock.sleep(300);
    return { status: 201, body: { ticketId: "t-1" } };
  }, [database]);

  const start = world.clock.now();
  const purchase = server.handle({ method: "POST", path: "/tickets", query: {}, headers: {} });
  await world.clock.sleep(100); // SIGTERM arrives while the purchase is in flight
  await server.shutdown();

  const res = await purchase;
  expect(res.status, "status of the purchase that was in flight").toBe(201);
  expect(closedAt, "times the database was closed").toHaveLength(1);
  expect(
    closedAt[0] - start,
    "virtual ms from the purchase to closing the db",
  ).toBeGreaterThanOrEqual(300);
});
