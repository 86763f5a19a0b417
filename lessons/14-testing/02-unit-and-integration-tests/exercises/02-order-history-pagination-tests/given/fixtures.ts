import { db } from "@pillars/world";

export interface OrderRow {
  id: number;
  customerId: number;
  totalCents: number;
  createdAt: number;
}

/** Empties the orders table, then inserts exactly `rows`: every test starts from a known state. */
export async function givenOrders(rows: OrderRow[]): Promise<void> {
  await db.query("DELETE FROM orders");
  for (const row of rows) {
    await db.query(
      "INSERT INTO orders (id, customer_id, total_cents, created_at) VALUES ($1, $2, $3, $4)",
      [row.id, row.customerId, row.totalCents, row.createdAt],
    );
  }
}
