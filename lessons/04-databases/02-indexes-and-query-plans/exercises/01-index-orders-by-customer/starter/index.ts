import { db } from "@pillars/world";

export interface OrderSummary {
  id: number;
  status: string;
  totalCents: number;
  createdAt: string;
}

interface OrderRow {
  id: number;
  status: string;
  total_cents: number;
  created_at: string;
}

/**
 * Runs before the shop serves traffic, like a migration. It can run more than once
 * (every deploy runs it), so whatever it creates must be safe to create again.
 */
export async function setup(): Promise<void> {
  // TODO: create the index the order history page needs.
  // Ask yourself: which column does the WHERE filter on, and which one does ORDER BY sort by?
}

/** The "My orders" page: one customer's most recent orders, newest first. */
export async function findOrdersByCustomer(
  customerId: number,
  limit = 10,
): Promise<OrderSummary[]> {
  // This query is correct, but without an index SQLite reads all 5,000 orders and sorts
  // the matches in a temporary B-tree on every page view.
  const { rows } = await db.query<OrderRow>(
    `SELECT id, status, total_cents, created_at
       FROM orders
      WHERE customer_id = $1
      ORDER BY created_at DESC
      LIMIT $2`,
    [customerId, limit],
  );
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    totalCents: row.total_cents,
    createdAt: row.created_at,
  }));
}
