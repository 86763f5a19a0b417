import { beforeEach, expect, test, world } from "@pillars/test";
import { migrate } from "@pillars/learner";

// Every test starts from the table as it was before the migration, with six known orders:
// 1, 2, 4 and 5 have shipped; 3 and 6 have not.
beforeEach(async () => {
  await world.db.query("DROP TABLE IF EXISTS orders");
  await world.db.query(
    `CREATE TABLE orders (
       id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, total_cents INTEGER NOT NULL,
       created_at TEXT NOT NULL, shipped_at TEXT)`,
  );
  await world.db.query(
    `INSERT INTO orders (id, customer_id, total_cents, created_at, shipped_at) VALUES
       (1, 10, 1500, '2025-11-01', '2025-11-02'), (2, 11, 2500, '2025-11-03', '2025-11-05'),
       (3, 10, 990, '2025-11-04', NULL), (4, 12, 4200, '2025-11-06', '2025-11-06'),
       (5, 13, 700, '2025-11-07', '2025-11-09'), (6, 11, 3100, '2025-11-08', NULL)`,
  );
});

async function columnsOfOrders(): Promise<string[]> {
  const { rows } = await world.db.query("SELECT name FROM pragma_table_info('orders')");
  return rows.map((row) => row.name as string);
}

async function statuses(): Promise<Record<number, string>> {
  const { rows } = await world.db.query("SELECT id, status FROM orders ORDER BY id");
  return Object.fromEntries(rows.map((row) => [row.id, row.status]));
}

test("adds a status column that new orders get as 'pending' by default", async () => {
  await migrate();
  expect(await columnsOfOrders(), "columns of orders after the migration").toContain("status");
  await world.db.query(
    "INSERT INTO orders (id, customer_id, total_cents, created_at) VALUES (7, 14, 1200, '2025-11-10')",
  );
  const { rows } = await world.db.query("SELECT status FROM orders WHERE id = 7");
  expect(rows[0]?.status, "status of an order inserted without one").toBe("pending");
});

test("backfills shipped orders as 'shipped' and the rest as 'pending', keeping their data", async () => {
  await migrate();
  expect(await statuses(), "status of orders 1-6").toEqual({
    1: "shipped",
    2: "shipped",
    3: "pending",
    4: "shipped",
    5: "shipped",
    6: "pending",
  });
  const { rows } = await world.db.query("SELECT SUM(total_cents) AS total FROM orders");
  expect(rows[0]?.total, "sum of order totals (must not change)").toBe(12990);
});

test(
  "running the migration a second time succeeds and changes nothing",
  async () => {
    await migrate();
    const afterFirst = await statuses();
    await migrate();
    expect(await statuses(), "statuses after the second run").toEqual(afterFirst);
    const statusColumns = (await columnsOfOrders()).filter((name) => name === "status");
    expect(statusColumns, "status columns in orders").toHaveLength(1);
  },
  {
    hint: "SQLite has no ADD COLUMN IF NOT EXISTS. Ask the schema first: SELECT name FROM pragma_table_info('orders') WHERE name = 'status'.",
  },
);

test(
  "a re-run does not overwrite statuses the app changed after the first run",
  async () => {
    await migrate();
    // Since the migration ran, support refunded order 1 and the customer cancelled order 3.
    await world.db.query("UPDATE orders SET status = 'refunded' WHERE id = 1");
    await world.db.query("UPDATE orders SET status = 'cancelled' WHERE id = 3");
    await migrate();
    const after = await statuses();
    expect(after[1], "status of order 1 (refunded after the first run)").toBe("refunded");
    expect(after[3], "status of order 3 (cancelled after the first run)").toBe("cancelled");
  },
  {
    hint: "When the column already exists, the migration has run: skip the backfill too, not only the ALTER.",
  },
);

test(
  "a failure during the backfill leaves the table as it was, and the next run completes",
  async () => {
    world.db.failOn(/UPDATE\s+orders/i, "disk I/O error");
    await expect.rejects(() => migrate()).toThrow(/disk I\/O error/);
    expect(await columnsOfOrders(), "columns of orders after the failed run").not.toContain(
      "status",
    );

    await migrate();
    const after = await statuses();
    expect(after[2], "status of shipped order 2 after the retry").toBe("shipped");
    expect(after[6], "status of unshipped order 6 after the retry").toBe("pending");
  },
  {
    hint: "Run the ALTER and the backfill UPDATE in one db.transaction: if the UPDATE fails, SQLite rolls the new column back too.",
  },
);
