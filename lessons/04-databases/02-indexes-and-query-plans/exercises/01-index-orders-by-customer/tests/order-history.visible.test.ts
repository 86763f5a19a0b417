import { expect, test, world } from "@pillars/test";
import { findOrdersByCustomer, setup } from "@pillars/learner";

// A sample of how you are graded: we run your query, then ask SQLite how it executed it.
test("the order history query searches an index (sample)", async () => {
  await setup();
  world.db.resetCounters();
  await findOrdersByCustomer(42, 10);

  const [query] = world.db.queries();
  if (!query) expect.fail("findOrdersByCustomer ran no query");
  const plan = await world.db.explain(query.sql, query.params);
  const details = plan.map((row) => row.detail).join(" | ");

  // Without an index this reads: "SCAN orders | USE TEMP B-TREE FOR ORDER BY".
  expect(details, "EXPLAIN QUERY PLAN of your query").toMatch(/SEARCH orders USING/);
});
