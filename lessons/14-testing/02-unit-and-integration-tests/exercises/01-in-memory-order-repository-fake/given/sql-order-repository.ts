// The real repository, for reference: your fake must behave exactly like this from the
// outside. Read it, do not change it (the graders use their own copy).
import { db } from "@pillars/world";
import type { NewOrder, Order, OrderRepository, OrderStatus } from "./order-repository.ts";

const columns =
  "id, customer_id AS customerId, total_cents AS totalCents, status, created_at AS createdAt";

export const sqlOrderRepository: OrderRepository = {
  async insert(order: NewOrder): Promise<Order> {
    const { rows } = await db.query<Order>(
      `INSERT INTO orders (customer_id, total_cents, created_at) VALUES ($1, $2, $3) RETURNING ${columns}`,
      [order.customerId, order.totalCents, order.createdAt],
    );
    return rows[0];
  },
  async findById(id: number): Promise<Order | null> {
    const { rows } = await db.query<Order>(`SELECT ${columns} FROM orders WHERE id = $1`, [id]);
    return rows[0] ?? null;
  },
  async listByCustomer(customerId: number, limit: number): Promise<Order[]> {
    const { rows } = await db.query<Order>(
      `SELECT ${columns} FROM orders WHERE customer_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [customerId, limit],
    );
    return rows;
  },
  async updateStatus(id: number, status: OrderStatus): Promise<boolean> {
    const { rowCount } = await db.query("UPDATE orders SET status = $1 WHERE id = $2", [
      status,
      id,
    ]);
    return rowCount === 1;
  },
};
