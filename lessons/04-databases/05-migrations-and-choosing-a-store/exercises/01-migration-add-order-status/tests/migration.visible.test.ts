import { expect, test, world } from "@pillars/test";
import { migrate } from "@pillars/learner";

// A sample of how you are graded. The hidden tests also run migrate() twice, change data
// between runs, and make the backfill fail halfway.
test("orders that shipped are marked 'shipped' (sample)", async () => {
  await migrate();
  const { rows } = await world.db.query(
    "SELECT COUNT(*) AS n FROM orders WHERE shipped_at IS NOT NULL AND status <> 'shipped'",
  );
  expect(rows[0]?.n, "shipped orders whose status is not 'shipped'").toBe(0);
});
