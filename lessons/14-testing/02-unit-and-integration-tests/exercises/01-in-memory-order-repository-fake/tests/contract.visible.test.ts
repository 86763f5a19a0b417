import { test, expect, world } from "@pillars/test";
import { createInMemoryOrderRepository } from "@pillars/learner";

// The hidden tests are contract tests: each runs first against the real SQL repository and
// then against your fake, and expects the same observable behaviour from both.
test("a fake finds the order it stored, without the database", async () => {
  world.db.resetCounters();
  const repo = createInMemoryOrderRepository();
  const created = await repo.insert({
    customerId: 7,
    totalCents: 2450,
    createdAt: 1_700_000_000_000,
  });
  expect(created, "the order insert returns").toEqual({
    id: 1,
    customerId: 7,
    totalCents: 2450,
    status: "pending",
    createdAt: 1_700_000_000_000,
  });
  expect(await repo.findById(1), "findById(1) after the insert").toEqual(created);
  expect(world.db.queryCount(), "database queries made by the fake").toBe(0);
});
