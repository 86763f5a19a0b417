import { test, expect, world } from "@pillars/test";
import { tests } from "@pillars/learner";

// The correct function. The hidden tests run your suite against copies of it with one bug
// each; here it must pass, or your tests would fail on working code.
async function listOrdersPage(
  customerId: number,
  options: { limit: number; cursor?: string | null },
) {
  const size = Math.min(Math.max(Math.trunc(options.limit), 1), 50);
  let after = "";
  const params: unknown[] = [customerId];
  if (options.cursor) {
    // The cursor holds the sort key of the page's last order: "createdAt:id".
    const [createdAt, id] = options.cursor.split(":").map(Number);
    after = "AND (created_at < $2 OR (created_at = $2 AND id < $3))";
    params.push(createdAt, id);
  }
  const { rows } = await world.db.query<{ id: number; totalCents: number; createdAt: number }>(
    `SELECT id, total_cents AS totalCents, created_at AS createdAt FROM orders
     WHERE customer_id = $1 ${after} ORDER BY created_at DESC, id DESC LIMIT ${size + 1}`,
    params,
  );
  const orders = rows.slice(0, size); // the extra row only says whether another page exists
  const last = orders[orders.length - 1];
  const nextCursor = rows.length > size && last ? `${last.createdAt}:${last.id}` : null;
  return { orders, nextCursor };
}

test("every test in your suite passes against the correct function", async () => {
  expect(Array.isArray(tests), "index.ts exports `tests` as an array").toBe(true);
  const failures: string[] = [];
  for (const t of tests) {
    try {
      await t.run(listOrdersPage);
    } catch (error) {
      failures.push(`${t?.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  expect(failures, "your tests that failed on the correct function").toEqual([]);
  expect(tests.length, "number of tests in your suite").toBeGreaterThanOrEqual(3);
});
