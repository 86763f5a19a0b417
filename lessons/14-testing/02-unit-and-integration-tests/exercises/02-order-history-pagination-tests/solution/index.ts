import { checkEqual } from "./check.ts";
import { givenOrders, type OrderRow } from "./fixtures.ts";
import type { ListOrdersPage, OrderHistoryTest } from "./order-history.ts";

const order = (id: number, createdAt: number, customerId = 7): OrderRow => ({
  id,
  customerId,
  totalCents: 100 * id,
  createdAt,
});

/** Follows nextCursor from the first page to the last; stops after 20 pages (a looping cursor). */
async function allPages(listOrdersPage: ListOrdersPage, customerId: number, limit: number) {
  const pages: number[][] = [];
  let cursor: string | null = null;
  do {
    const page = await listOrdersPage(customerId, { limit, cursor });
    pages.push(page.orders.map((o) => o.id));
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length < 20);
  return pages;
}

// Each test arranges exactly the rows it needs: the expected ids can be read off the fixture.
export const tests: OrderHistoryTest[] = [
  {
    name: "lists a customer's orders newest first",
    run: async (listOrdersPage) => {
      await givenOrders([order(1, 1_000), order(2, 3_000), order(3, 2_000)]);
      const page = await listOrdersPage(7, { limit: 10 });
      checkEqual(
        page.orders.map((o) => o.id),
        [2, 3, 1],
        "ids on the first page",
      );
      checkEqual(page.orders[0], { id: 2, totalCents: 200, createdAt: 3_000 }, "the newest order");
    },
  },
  {
    name: "following the cursors visits every order once, even when orders share a time",
    run: async (listOrdersPage) => {
      // Newest first, ties by higher id: 3, 2, 1 (t=5000), 5, 4 (t=4000), 7, 6 (t=3000).
      // With pages of 2, page 1 ends in the middle of the t=5000 group.
      await givenOrders([
        order(1, 5_000),
        order(2, 5_000),
        order(3, 5_000),
        order(4, 4_000),
        order(5, 4_000),
        order(6, 3_000),
        order(7, 3_000),
      ]);
      const pages = await allPages(listOrdersPage, 7, 2);
      checkEqual(pages, [[3, 2], [1, 5], [4, 7], [6]], "ids on each page, limit 2");
    },
  },
  {
    name: "a last page that is exactly full has no next cursor",
    run: async (listOrdersPage) => {
      await givenOrders([order(1, 1_000), order(2, 2_000), order(3, 3_000), order(4, 4_000)]);
      const first = await listOrdersPage(7, { limit: 2 });
      const second = await listOrdersPage(7, { limit: 2, cursor: first.nextCursor });
      checkEqual(
        second.orders.map((o) => o.id),
        [2, 1],
        "ids on page 2 of 2",
      );
      checkEqual(second.nextCursor, null, "nextCursor after the last order");
    },
  },
  {
    name: "a customer with no orders gets an empty page without a cursor",
    run: async (listOrdersPage) => {
      await givenOrders([order(1, 1_000, 8)]);
      checkEqual(
        await listOrdersPage(7, { limit: 10 }),
        { orders: [], nextCursor: null },
        "customer 7's page",
      );
    },
  },
  {
    name: "shows only the requested customer's orders",
    run: async (listOrdersPage) => {
      await givenOrders([order(1, 1_000, 7), order(2, 2_000, 8), order(3, 3_000, 7)]);
      const page = await listOrdersPage(7, { limit: 10 });
      checkEqual(
        page.orders.map((o) => o.id),
        [3, 1],
        "ids on customer 7's page",
      );
    },
  },
  {
    name: "a page never holds more than 50 orders",
    run: async (listOrdersPage) => {
      await givenOrders(Array.from({ length: 60 }, (_, i) => order(i + 1, 1_000 * (i + 1))));
      const page = await listOrdersPage(7, { limit: 500 });
      checkEqual(page.orders.length, 50, "orders on a page asked for with limit 500");
      checkEqual(page.nextCursor !== null, true, "a next cursor for the 10 orders left");
    },
  },
];
