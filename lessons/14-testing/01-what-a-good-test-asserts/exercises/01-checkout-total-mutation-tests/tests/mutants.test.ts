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
interface Total {
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
}

// Each variant of the correct implementation differs in exactly one rule; `bug` names it.
interface Variant {
  lineTotal: (line: Line) => number;
  validQuantity: (quantity: number) => boolean;
  couponApplies: (subtotal: number, minimum: number) => boolean;
  round: (cents: number) => number;
  shippingBase: (subtotal: number, discount: number) => number;
}
const correct: Variant = {
  lineTotal: (line) => line.unitCents * line.quantity,
  validQuantity: (q) => Number.isInteger(q) && q >= 1 && q <= 99,
  couponApplies: (subtotal, minimum) => subtotal >= minimum,
  round: Math.floor,
  shippingBase: (subtotal, discount) => subtotal - discount,
};

function build(variant: Variant) {
  return (order: Order): Total => {
    let subtotalCents = 0;
    for (const line of order.lines) {
      if (!variant.validQuantity(line.quantity)) {
        throw new RangeError(`quantity must be a whole number from 1 to 99, got ${line.quantity}`);
      }
      subtotalCents += variant.lineTotal(line);
    }
    const coupon = order.coupon;
    const discountCents =
      coupon && variant.couponApplies(subtotalCents, coupon.minSubtotalCents)
        ? variant.round((subtotalCents * coupon.percentOff) / 100)
        : 0;
    const shippingCents = variant.shippingBase(subtotalCents, discountCents) >= 5000 ? 0 : 499;
    return {
      subtotalCents,
      discountCents,
      shippingCents,
      totalCents: subtotalCents - discountCents + shippingCents,
    };
  };
}

/** Names of the learner's tests that fail (throw) against `impl`. */
async function failingTests(impl: (order: Order) => Total): Promise<string[]> {
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
      expect(onCorrect, "your tests that fail on the correct implementation").toEqual([]);
      const caughtBy = await failingTests(build({ ...correct, ...bug }));
      expect(caughtBy.length, "your tests that fail on the buggy version").toBeGreaterThan(0);
    },
    { hideDetails: true, hint },
  );
}

bugIsCaught(
  "catches a line total computed wrongly",
  { lineTotal: (line) => line.unitCents },
  "Check a line with a quantity above 1, with the subtotal worked out by hand.",
);
bugIsCaught(
  "catches an off-by-one at a boundary",
  { couponApplies: (subtotal, minimum) => subtotal > minimum },
  "Boundaries are where `>` and `>=` differ: test a subtotal exactly at a limit, and one cent below it.",
);
bugIsCaught(
  "catches a rule applied to the wrong amount",
  { shippingBase: (subtotal) => subtotal },
  "One rule depends on an amount that changes when a coupon applies. Pick an order where the two candidate amounts fall on different sides of the limit.",
);
bugIsCaught(
  "catches a rounding mistake",
  { round: Math.round },
  "Pick a percentage and subtotal whose discount has a fraction of a cent above one half, so rounding down and rounding to nearest give different answers.",
);
bugIsCaught(
  "catches invalid input that is accepted",
  { validQuantity: (q) => Number.isInteger(q) && q >= 0 && q <= 99 },
  "Which quantities should be refused? Check every kind, including the smallest invalid one.",
);
bugIsCaught(
  "catches valid input that is refused",
  { validQuantity: (q) => Number.isInteger(q) && q >= 1 && q < 99 },
  "Refusing too much is a bug too: test the largest valid value as well as the first invalid one.",
);
