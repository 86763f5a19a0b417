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
  // Equality column first, sort column second: the index groups each customer's orders
  // together (so SQLite can SEARCH straight to them) and keeps each group ordered by
  // created_at (so ORDER BY ... DESC is a backwards walk, not a sort).
  // IF NOT EXISTS makes a second run a no-op instead of an "index already exists" error.
  await db.query(
    "CREATE INDEX IF NOT EXISTS idx_orders_customer_created ON orders (customer_id, created_at)",
  );
}

/** The "My orders" page: one customer's most recent orders, newest first. */
export async function findOrdersByCustomer(
  customerId: number,
  limit = 10,
): Promise<OrderSummary[]> {
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
