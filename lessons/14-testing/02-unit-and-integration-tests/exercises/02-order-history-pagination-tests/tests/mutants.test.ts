import { test, expect, world } from "@pillars/test";
import { tests } from "@pillars/learner";

// Each variant of the correct function differs in exactly one rule.
interface Variant {
  /** SQL condition for "this customer's orders"; $1 is the customer id. */
  customer: string;
  /** SQL condition for "after the cursor"; $2 is its created_at, $3 its id. */
  after: string;
  orderBy: string;
  cap: (limit: number) => number;
  /** Rows fetched for a page of `size` (one extra tells whether another page exists). */
  fetch: (size: number) => number;
  hasMore: (fetched: number, size: number) => boolean;
}
const correct: Variant = {
  customer: "customer_id = $1",
  after: "(created_at < $2 OR (created_at = $2 AND id < $3))",
  orderBy: "created_at DESC, id DESC",
  cap: (limit) => Math.min(Math.max(Math.trunc(limit), 1), 50),
  fetch: (size) => size + 1,
  hasMore: (fetched, size) => fetched > size,
};

function build(v: Variant) {
  return async (customerId: number, options: { limit: number; cursor?: string | null }) => {
    const size = v.cap(options.limit);
    const params: unknown[] = [customerId];
    let where = v.customer;
    if (options.cursor) {
      const [createdAt, id] = String(options.cursor).split(":").map(Number);
      params.push(createdAt, id);
      where += ` AND ${v.after}`;
    } else {
      where += " AND $2 IS NULL AND $3 IS NULL";
      params.push(null, null);
    }
    const { rows } = await world.db.query<{ id: number; totalCents: number; createdAt: number }>(
      `SELECT id, total_cents AS totalCents, created_at AS createdAt FROM orders
       WHERE ${where} ORDER BY ${v.orderBy} LIMIT ${v.fetch(size)}`,
      params,
    );
    const orders = rows.slice(0, size);
    const last = orders[orders.length - 1];
    const nextCursor = v.hasMore(rows.length, size) && last ? `${last.createdAt}:${last.id}` : null;
    return { orders, nextCursor };
  };
}

/** Names of the learner's tests that fail (throw or reject) against `impl`. */
async function failingTests(impl: ReturnType<typeof build>): Promise<string[]> {
  if (!Array.isArray(tests)) expect.fail("index.ts must export `tests`, an array of { name, run }");
  const failed: string[] = [];
  for (const t of tests) {
    try {
      await t.run(impl);
    } catch {
      failed.push(String(t?.name));
    }
  }
  return failed;
}

function bugIsCaught(name: string, bug: Partial<Variant>, hint: string) {
  test(
    name,
    async () => {
      // A suite that fails on working code "catches" everything; it must pass there first.
      const onCorrect = await failingTests(build(correct));
      expect(onCorrect, "your tests that fail on the correct function").toEqual([]);
      const caughtBy = await failingTests(build({ ...correct, ...bug }));
      expect(caughtBy.length, "your tests that fail on the buggy function").toBeGreaterThan(0);
    },
    { hideDetails: true, hint },
  );
}

bugIsCaught(
  "catches pages in the wrong order",
  { orderBy: "created_at ASC, id ASC" },
  "Check the order of the ids on a page, with orders inserted out of time order.",
);
bugIsCaught(
  "catches another customer's data in the page",
  { customer: "$1 IS NOT NULL" },
  "Put orders of two customers in the table.",
);
bugIsCaught(
  "catches orders lost between pages",
  { after: "(created_at < $2 AND $3 IS NOT NULL)" },
  "Walk every page with the cursors and compare with the full list. Make several orders share one created_at, and let a page end in the middle of them.",
);
bugIsCaught(
  "catches an order repeated on the next page",
  { after: "(created_at < $2 OR (created_at = $2 AND id <= $3))" },
  "Walk every page with the cursors: is any id on two pages?",
);
bugIsCaught(
  "catches a cursor that leads to an empty page",
  { fetch: (size) => size, hasMore: (fetched, size) => fetched === size },
  "What should nextCursor be when the last page is exactly full?",
);
bugIsCaught(
  "catches a page size that is not capped",
  { cap: (limit) => Math.max(Math.trunc(limit), 1) },
  "Ask for more than the maximum page size, with more orders than that in the table.",
);
