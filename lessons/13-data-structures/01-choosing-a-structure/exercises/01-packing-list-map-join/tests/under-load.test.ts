import { test, expect } from "@pillars/test";
import { buildPackingList } from "@pillars/learner";

// Runs after the other test files, so a run stopped by the CPU limit keeps their results.

test(
  "December: 60,000 order rows and 20,000 customers within the CPU limit",
  () => {
    const customers = [];
    for (let id = 0; id < 20_000; id++)
      customers.push({ id, name: `Customer ${id}`, city: "Cork" });
    // 50,000 distinct orders; every fifth row is repeated once, as a retried export does.
    const orders = [];
    for (let id = 0; id < 50_000; id++) {
      const order = {
        id,
        customerId: (id * 7) % 20_000,
        sku: `SKU-${id % 300}`,
      };
      orders.push(order);
      if (id % 5 === 0) orders.push(order);
    }
    const { lines, missingCustomer } = buildPackingList(orders, customers);
    expect(lines.length, "lines for 50,000 distinct orders").toBe(50_000);
    expect(missingCustomer.length, "orders with a missing customer").toBe(0);
    expect(lines[49_999].customerName, "customer of the last order").toBe(
      `Customer ${(49_999 * 7) % 20_000}`,
    );
  },
  {
    hint: "If this run stopped on the CPU limit, something inside the loop over orders scans an array (includes, find, indexOf). Build a Map and a Set before the loop.",
  },
);
