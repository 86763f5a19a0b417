import { test, expect, world } from "@pillars/test";
import { exportOrders } from "@pillars/learner";

test("exports every order once, and a late batch seeks by primary key", async () => {
  const ids: number[] = [];
  await exportOrders((batch: { id: number }[]) => {
    for (const row of batch) ids.push(row.id);
  }, 1000);
  expect(ids.length, "orders exported (10,000 minus those deleted long ago)").toBe(9_888);
  expect(new Set(ids).size, "distinct orders exported").toBe(ids.length);

  // EXPLAIN QUERY PLAN of the last batch's query, with the parameters it ran with.
  const queries = world.db.queries();
  const last = queries[queries.length - 1];
  const plan = await world.db.explain(last.sql, last.params);
  expect(plan.map((p) => p.detail).join("; "), "plan of the last batch").toMatch(
    /SEARCH orders USING INTEGER PRIMARY KEY/,
  );
});
