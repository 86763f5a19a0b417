import { check, checkEqual, checkThrows } from "./check.ts";
import type { OrderTotalTest } from "./order-total.ts";

// Your test suite. Each test receives an `orderTotal` function and throws when it misbehaves.
// The grader runs it against the correct implementation (every test must pass) and against
// versions with one bug each (at least one test must fail on each).
export const tests: OrderTotalTest[] = [
  {
    name: "adds up quantity times unit price over every line",
    run: (orderTotal) => {
      // Arrange
      const order = {
        lines: [
          { sku: "beans-1kg", unitCents: 2450, quantity: 1 },
          { sku: "filters-100", unitCents: 399, quantity: 2 },
        ],
      };
      // Act
      const total = orderTotal(order);
      // Assert
      checkEqual(total.subtotalCents, 2450 + 2 * 399, "subtotal of 1 x 2450 + 2 x 399");
    },
  },

  // TODO: when does the coupon apply? Test right at its minimum, and just below it.
  // TODO: free shipping: which amount decides it, the subtotal or what is left after the discount?
  // TODO: how is a discount with a fraction of a cent rounded?
  // TODO: which quantities are refused? (`checkThrows` helps)
];

// Keeps the helpers imported while you write your tests; delete once you use them.
void check;
void checkThrows;
