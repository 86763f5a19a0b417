import { checkEqual, checkThrows } from "./check.ts";
import type { Line, OrderTotalTest } from "./order-total.ts";

const beans: Line = { sku: "beans-1kg", unitCents: 2450, quantity: 1 };
const line = (unitCents: number, quantity = 1): Line => ({ sku: "item", unitCents, quantity });
const tenPercentFrom3000 = { percentOff: 10, minSubtotalCents: 3000 };

// One behaviour per test, each at the edge where a bug would show: a boundary is tested on
// both sides, and every expected number is worked out by hand, never by the code under test.
export const tests: OrderTotalTest[] = [
  {
    name: "adds up quantity times unit price over every line",
    run: (orderTotal) => {
      const total = orderTotal({ lines: [beans, line(399, 2)] });
      checkEqual(total.subtotalCents, 2450 + 2 * 399, "subtotal of 1 x 2450 + 2 x 399");
    },
  },
  {
    name: "a small order pays shipping and the total adds it",
    run: (orderTotal) => {
      checkEqual(
        orderTotal({ lines: [beans] }),
        { subtotalCents: 2450, discountCents: 0, shippingCents: 499, totalCents: 2949 },
        "total of one 24.50 bag of beans",
      );
    },
  },
  {
    name: "the coupon applies when the subtotal is exactly its minimum",
    run: (orderTotal) => {
      const total = orderTotal({ lines: [line(3000)], coupon: tenPercentFrom3000 });
      checkEqual(total.discountCents, 300, "10% off a subtotal of exactly 30.00");
    },
  },
  {
    name: "the coupon does not apply one cent below its minimum",
    run: (orderTotal) => {
      const total = orderTotal({ lines: [line(2999)], coupon: tenPercentFrom3000 });
      checkEqual(total.discountCents, 0, "discount on 29.99 with a 30.00 minimum");
    },
  },
  {
    name: "free shipping is decided on the amount after the discount",
    run: (orderTotal) => {
      // 52.00 - 10% = 46.80: below 50.00 once discounted, so shipping is charged.
      const total = orderTotal({ lines: [line(5200)], coupon: tenPercentFrom3000 });
      checkEqual(total.shippingCents, 499, "shipping on 52.00 discounted to 46.80");
      checkEqual(total.totalCents, 4680 + 499, "total of 46.80 plus shipping");
    },
  },
  {
    name: "an order of exactly 50.00 after the discount ships free",
    run: (orderTotal) => {
      checkEqual(orderTotal({ lines: [line(5000)] }).shippingCents, 0, "shipping on 50.00");
    },
  },
  {
    name: "a discount with a fraction of a cent is rounded down",
    run: (orderTotal) => {
      // 15% of 3999 is 599.85 cents: rounding down gives 599, rounding to nearest 600.
      const coupon = { percentOff: 15, minSubtotalCents: 0 };
      checkEqual(orderTotal({ lines: [line(3999)], coupon }).discountCents, 599, "15% of 39.99");
    },
  },
  {
    name: "refuses a quantity of zero, a negative or a fractional quantity, and over 99",
    run: (orderTotal) => {
      for (const quantity of [0, -1, 1.5, 100]) {
        checkThrows(
          () => orderTotal({ lines: [line(100, quantity)] }),
          `quantity ${quantity}`,
          RangeError,
        );
      }
    },
  },
  {
    name: "accepts the largest allowed quantity, 99",
    run: (orderTotal) => {
      checkEqual(orderTotal({ lines: [line(100, 99)] }).subtotalCents, 9900, "99 x 1.00");
    },
  },
];
