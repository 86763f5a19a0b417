import { test, expect, world, beforeEach } from "@pillars/test";
import { exportOrders } from "@pillars/learner";

interface Row {
  id: number;
  customerEmail: string;
  totalCents: number;
  status: string;
  placedAt: string;
}

/** Runs the export and keeps what the writer received. */
async function runExport(batchSize?: number) {
  const batches: Row[][] = [];
  const summary = await exportOrders((batch: Row[]) => {
    batches.push(batch);
  }, batchSize);
  return { batches, ids: batches.flat().map((r) => r.id), summary };
}

/** What the table holds right now, read by the test (not counted, not traced). */
async function tableSummary() {
  const { rows } = await world.db.query(
    "SELECT count(*) AS count, min(id) AS first, max(id) AS last, sum(id) AS idSum FROM orders",
  );
  return rows[0] as { count: number; first: number; last: number; idSum: number };
}

/** The same summary of what an export produced, and whether ids only ever went up. */
function summarise(ids: number[]) {
  let increasing = true;
  for (let i = 1; i < ids.length; i++) if (ids[i] <= ids[i - 1]) increasing = false;
  return {
    summary: {
      count: ids.length,
      first: ids[0],
      last: ids[ids.length - 1],
      idSum: ids.reduce((a, b) => a + b, 0),
    },
    increasing,
  };
}

beforeEach(() => {
  world.db.resetCounters();
});

test("exports every order exactly once, in id order, with every column", async () => {
  const expected = await tableSummary();
  const { batches, ids, summary } = await runExport(500);
  const exported = summarise(ids);
  expect(exported.summary, "count, first id, last id and sum of ids exported").toEqual(expected);
  expect(exported.increasing, "every id greater than the one before (no repeats, id order)").toBe(
    true,
  );
  expect(summary, "the summary exportOrders returns").toEqual({
    rows: expected.count,
    batches: batches.length,
  });
  expect(batches[0][0], "the first order").toEqual({
    id: 2,
    customerEmail: "customer838@example.com",
    totalCents: 500 + ((2 * 104729) % 25000),
    status: "delivered",
    placedAt: "2025-01-01T00:52:00Z",
  });
});

test("every batch but the last is full, and none is larger than batchSize", async () => {
  const { batches } = await runExport(700);
  const sizes = batches.map((b) => b.length);
  expect(Math.max(...sizes), "largest batch with batchSize 700").toBe(700);
  expect(
    sizes.slice(0, -1).every((n) => n === 700),
    `every batch before the last holds 700 rows (sizes: ${sizes.join(", ")})`,
  ).toBe(true);
});

test("reads the table in one query per batch", async () => {
  const { batches } = await runExport(1000);
  expect(
    world.db.queryCount(),
    `queries for ${batches.length} batches (one more is fine to find the end)`,
  ).toBeLessThanOrEqual(batches.length + 1);
});

test("no query skips rows with OFFSET", async () => {
  await runExport(500);
  const withOffset = world.db.queries().filter((q) => /\boffset\b/i.test(q.sql));
  expect(withOffset.length, "queries that use OFFSET").toBe(0);
});

test(
  "deep batches seek through the primary key instead of scanning from the start",
  async () => {
    await runExport(500);
    const queries = world.db.queries();
    expect(queries.length, "queries made by the export").toBeGreaterThan(10);
    // The plan of a late batch, e.g. the 30th: a SEARCH jumps to its first row; a SCAN walks
    // the table from the beginning and throws away everything before it.
    for (const index of [1, Math.floor(queries.length / 2), queries.length - 2]) {
      const plan = await world.db.explain(queries[index].sql, queries[index].params);
      const detail = plan.map((p) => p.detail).join("; ");
      expect(detail, `query plan of batch ${index + 1}`).toMatch(
        /SEARCH orders USING INTEGER PRIMARY KEY/,
      );
    }
  },
  { hint: "A batch should start with WHERE id > (the last id of the previous batch)." },
);

test("orders archived by the writer during the export are not a reason to skip others", async () => {
  const expected = await tableSummary();
  // Keep a copy so that later tests (and the visible one) see the full table again.
  await world.db.query("CREATE TABLE orders_before_archive AS SELECT * FROM orders");
  const seen: number[] = [];
  try {
    // The archiving job: export a batch, then delete it from the live table.
    await exportOrders(async (batch: Row[]) => {
      for (const row of batch) seen.push(row.id);
      await world.db.query("DELETE FROM orders WHERE id BETWEEN $1 AND $2", [
        batch[0].id,
        batch[batch.length - 1].id,
      ]);
    }, 500);
  } finally {
    await world.db.query("DELETE FROM orders");
    await world.db.query("INSERT INTO orders SELECT * FROM orders_before_archive");
    await world.db.query("DROP TABLE orders_before_archive");
  }
  expect(
    summarise(seen).summary,
    "count, first id, last id and sum of ids exported while each batch is deleted after it is written",
  ).toEqual(expected);
});

test("a batch size outside 1..1000 is refused before any query", async () => {
  for (const size of [0, -5, 2.5, 1001]) {
    await expect.rejects(exportOrders(() => {}, size)).toThrow();
  }
  expect(world.db.queryCount(), "queries made for invalid batch sizes").toBe(0);
});
