import { test, expect } from "@pillars/test";
import { tests } from "@pillars/learner";

interface Line {
  sku: string;
  unitCents: number;
  quantity: number;
}
interface Order {
  lines: Line[];
  coupon?: { percentOff: number; minSubtotalCents: number };
}

// The correct implementation. The hidden tests run your suite against copies of it with one
// bug each; here it must pass, or your tests would fail on working code.
function orderTotal(order: Order) {
  let subtotalCents = 0;
  for (const { unitCents, quantity } of order.lines) {
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 99) {
      throw new RangeError(`quantity must be a whole number from 1 to 99, got ${quantity}`);
    }
    subtotalCents += unitCents * quantity;
  }
  const coupon = order.coupon;
  const discountCents =
    coupon && subtotalCents >= coupon.minSubtotalCents
      ? Math.floor((subtotalCents * coupon.percentOff) / 100)
      : 0;
  const shippingCents = subtotalCents - discountCents >= 5000 ? 0 : 499;
  return {
    subtotalCents,
    discountCents,
    shippingCents,
    totalCents: subtotalCents - discountCents + shippingCents,
  };
}

test("every test in your suite passes against the correct implementation", async () => {
  expect(Array.isArray(tests), "index.ts exports `tests` as an array").toBe(true);
  const failures: string[] = [];
  for (const t of tests) {
    try {
      await t.run(orderTotal);
    } catch (error) {
      failures.push(`${t?.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  expect(failures, "your tests that failed on the correct implementation").toEqual([]);
  expect(tests.length, "number of tests in your suite").toBeGreaterThanOrEqual(3);
});
