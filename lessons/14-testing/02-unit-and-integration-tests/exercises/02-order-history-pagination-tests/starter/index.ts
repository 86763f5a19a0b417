import { check, checkEqual } from "./check.ts";
import { givenOrders } from "./fixtures.ts";
import type { OrderHistoryTest } from "./order-history.ts";

// Integration tests: `listOrdersPage` runs real SQL against this run's SQLite database. Each
// test arranges its own rows with `givenOrders`, so no test depends on another's data.
export const tests: OrderHistoryTest[] = [
  {
    name: "lists a customer's orders newest first",
    run: async (listOrdersPage) => {
      // Arrange
      await givenOrders([
        { id: 1, customerId: 7, totalCents: 1200, createdAt: 1_000 },
        { id: 2, customerId: 7, totalCents: 3400, createdAt: 3_000 },
        { id: 3, customerId: 7, totalCents: 560, createdAt: 2_000 },
      ]);
      // Act
      const page = await listOrdersPage(7, { limit: 10 });
      // Assert
      checkEqual(
        page.orders.map((order) => order.id),
        [2, 3, 1],
        "ids on the first page",
      );
    },
  },

  // TODO: following nextCursor page by page: does every order appear exactly once?
  //       (orders created at the same time make this interesting)
  // TODO: what is nextCursor on the last page, including a last page that is exactly full?
  // TODO: whose orders are on the page?
  // TODO: what happens to a limit above 50?
];

// Keeps the helper imported while you write your tests; delete once you use it.
void check;
