import { expect, test, world } from "@pillars/test";
import { createSchema } from "@pillars/learner";

// A sample of how you are graded: we write rows the way the shop would, and check what the
// database accepts and what it refuses.
test("a ticket for an event that does not exist is refused (sample)", async () => {
  await createSchema();
  const sell = world.db.query(
    "INSERT INTO tickets (event_id, customer_id, seat, price_cents) VALUES ($1, $2, $3, $4)",
    [404, 1, "Z9", 1000],
  );
  await expect.rejects(sell).toThrow(/FOREIGN KEY/i);
});
