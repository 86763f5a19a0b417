import { test, expect, world, beforeEach } from "@pillars/test";
import { createOrderSummaries, orderSummaries } from "@pillars/learner";

/** A fake catalog that knows products 1 to 3 and records each call it gets. */
function fakeCatalog() {
  const calls: number[][] = [];
  const names: Record<number, string> = { 1: "Beans", 2: "Dripper", 3: "Filters" };
  return {
    calls,
    async productNames(ids: number[]) {
      calls.push([...ids]);
      return ids.filter((id) => names[id] !== undefined).map((id) => ({ id, name: names[id] }));
    },
  };
}

beforeEach(() => {
  world.db.resetCounters();
});

test("summarises an order: lines in order, prices paid, totals", async () => {
  expect(await orderSummaries.summary(100), "summary of order 100").toEqual({
    orderId: 100,
    email: "ada@example.com",
    lines: [
      {
        productId: 1,
        name: "Espresso beans, 1 kg",
        quantity: 2,
        unitPriceCents: 2300,
        lineTotalCents: 4600,
      },
      {
        productId: 3,
        name: "Paper filters, pack of 100",
        quantity: 1,
        unitPriceCents: 590,
        lineTotalCents: 590,
      },
    ],
    totalCents: 5190,
  });
});

test("the orders module runs no SQL against the catalog's products table", async () => {
  const summaries = createOrderSummaries(fakeCatalog());
  await summaries.summary(100);
  const touching = world.db
    .queries()
    .map((q) => q.sql)
    .filter((sql) => /\bproducts\b/i.test(sql));
  expect(touching, "statements from the orders module that mention the products table").toEqual([]);
});

test("asks the catalog once per summary, for all the order's products", async () => {
  const catalog = fakeCatalog();
  await createOrderSummaries(catalog).summary(100);
  expect(catalog.calls.length, "calls to catalog.productNames for one summary").toBe(1);
  expect([...(catalog.calls[0] ?? [])].sort(), "ids asked for").toEqual([1, 3]);
});

test("a product the catalog no longer has keeps its line, with a null name", async () => {
  // Order 101's second line is product 9, which the catalog has removed.
  const summary = await orderSummaries.summary(101);
  expect(summary?.lines.length, "lines on order 101").toBe(2);
  expect(summary?.lines[1], "the line for the removed product").toEqual({
    productId: 9,
    name: null,
    quantity: 1,
    unitPriceCents: 1500,
    lineTotalCents: 1500,
  });
  expect(summary?.totalCents, "total of order 101 (3200 + 1500)").toBe(4700);
});

test("shows the price the customer paid, whatever the catalog charges today", async () => {
  await world.db.query("UPDATE products SET price_cents = 2990 WHERE id = 1");
  const summary = await orderSummaries.summary(100);
  expect(summary?.lines[0]?.unitPriceCents, "unit price on order 100's first line").toBe(2300);
  await world.db.query("UPDATE products SET price_cents = 2450 WHERE id = 1");
});

test("answers null for an order that does not exist", async () => {
  expect(await orderSummaries.summary(999), "summary of order 999").toBeNull();
});

test("keeps working when the catalog renames its table", async () => {
  // The catalog team is free to reorganise its storage: orders must not notice.
  await world.db.query("ALTER TABLE products RENAME TO catalog_items");
  try {
    const summary = await createOrderSummaries(fakeCatalog()).summary(100);
    expect(
      summary?.lines.map((line: { name: string }) => line.name),
      "names on order 100 after the rename",
    ).toEqual(["Beans", "Filters"]);
  } finally {
    await world.db.query("ALTER TABLE catalog_items RENAME TO products");
  }
});
