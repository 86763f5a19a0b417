import { beforeEach, expect, test, world } from "@pillars/test";
import { findOrdersByCustomer, setup } from "@pillars/learner";

beforeEach(async () => {
  await setup();
  world.db.resetCounters();
});

/** Runs the learner's query for one customer and returns the plan of the SQL it really sent. */
async function planOfOrderHistoryQuery(customerId: number, limit: number): Promise<string[]> {
  world.db.resetCounters();
  await findOrdersByCustomer(customerId, limit);
  const sent = world.db.queries().filter((q) => /\bfrom\s+orders\b/i.test(q.sql));
  const last = sent[sent.length - 1];
  if (!last) expect.fail("findOrdersByCustomer did not run a query against the orders table");
  const plan = await world.db.explain(last.sql, last.params);
  return plan.map((row) => row.detail);
}

/** What the page should show, computed independently of the learner's code. */
async function expectedOrders(customerId: number, limit: number) {
  const { rows } = await world.db.query(
    `SELECT id, status, total_cents AS totalCents, created_at AS createdAt
       FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT $2`,
    [customerId, limit],
  );
  return rows;
}

test("returns one customer's orders, newest first, at most `limit` of them", async () => {
  const orders = await findOrdersByCustomer(42, 10);
  expect(orders, "orders returned for customer 42 with limit 10").toEqual(
    await expectedOrders(42, 10),
  );
});

test("returns an empty list for a customer with no orders", async () => {
  expect(await findOrdersByCustomer(9999, 10), "orders of customer 9999").toEqual([]);
});

test("setup creates an index on orders and can run again safely", async () => {
  await setup();
  await setup();
  const { rows } = await world.db.query(
    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' AND sql IS NOT NULL",
  );
  expect(rows.length, "indexes on orders after running setup three times").toBeGreaterThan(0);
});

test(
  "the query searches an index instead of scanning the orders table",
  async () => {
    const plan = await planOfOrderHistoryQuery(42, 10);
    expect(plan.join(" | "), "EXPLAIN QUERY PLAN of your query").toMatch(
      /SEARCH orders USING (COVERING )?INDEX/,
    );
    expect(plan.join(" | "), "EXPLAIN QUERY PLAN of your query").not.toMatch(/SCAN orders/);
  },
  {
    hint: "SCAN means SQLite reads every row (or every index entry). An index whose FIRST column is the one in WHERE customer_id = $1 lets it SEARCH instead.",
  },
);

test(
  "the index returns rows already in created_at order, so SQLite does not sort them",
  async () => {
    const plan = await planOfOrderHistoryQuery(42, 10);
    expect(plan.join(" | "), "EXPLAIN QUERY PLAN of your query").not.toMatch(/TEMP B-TREE/);
  },
  {
    hint: "USE TEMP B-TREE FOR ORDER BY means SQLite sorts the matches itself. Put the sort column in the index right after the filter column.",
  },
);

test("the plan is an index search for any customer and page size", async () => {
  const plan = await planOfOrderHistoryQuery(250, 3);
  expect(plan.join(" | "), "plan for customer 250, limit 3").toMatch(
    /SEARCH orders USING (COVERING )?INDEX/,
  );
  expect(await findOrdersByCustomer(250, 3), "orders of customer 250, limit 3").toEqual(
    await expectedOrders(250, 3),
  );
});

test("one page of order history costs a single query", async () => {
  await findOrdersByCustomer(7, 10);
  expect(world.db.queryCount(), "statements run for one page").toBe(1);
});
