// The contract your tests check. The graders pass in a `listOrdersPage` that follows it (or
// one with a bug in it). It reads the `orders` table of this run's database:
//   orders (id INTEGER PRIMARY KEY, customer_id, total_cents, created_at)

export interface OrderSummary {
  id: number;
  totalCents: number;
  createdAt: number;
}

export interface OrdersPage {
  orders: OrderSummary[];
  /** Pass it back to get the next page; null when there are no more orders. */
  nextCursor: string | null;
}

/**
 * One page of a customer's orders, newest `created_at` first (equal times: higher id first).
 * `limit` is the page size; values above 50 are treated as 50. `cursor` is null (or absent)
 * for the first page, then the previous page's `nextCursor`. Following the cursors visits
 * every order of the customer exactly once.
 */
export type ListOrdersPage = (
  customerId: number,
  options: { limit: number; cursor?: string | null },
) => Promise<OrdersPage>;

export const MAX_PAGE_SIZE = 50;

/** One test of your suite: it fails when `run` throws (or its promise rejects). */
export interface OrderHistoryTest {
  name: string;
  run: (listOrdersPage: ListOrdersPage) => void | Promise<void>;
}
