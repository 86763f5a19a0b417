import type { NewOrder, Order, OrderRepository, OrderStatus } from "./order-repository.ts";

// An in-memory fake of sqlOrderRepository (see sql-order-repository.ts), for unit tests of
// code that stores orders: no database, so those tests are fast and need no set-up.
export function createInMemoryOrderRepository(): OrderRepository {
  // Each call starts empty: tests that create their own repository cannot see each other.
  const orders = new Map<number, Order>();
  let lastId = 0;

  // A database hands out a new object on every read, so a caller that edits a result does not
  // edit the stored row. The fake copies in both directions to behave the same; sharing one
  // object would let a buggy caller pass its unit tests and fail in production.
  const copy = (order: Order): Order => ({ ...order });

  return {
    async insert(order: NewOrder): Promise<Order> {
      lastId += 1;
      const stored: Order = {
        id: lastId,
        customerId: order.customerId,
        totalCents: order.totalCents,
        status: "pending",
        createdAt: order.createdAt,
      };
      orders.set(stored.id, stored);
      return copy(stored);
    },

    async findById(id: number): Promise<Order | null> {
      const order = orders.get(id);
      return order ? copy(order) : null;
    },

    async listByCustomer(customerId: number, limit: number): Promise<Order[]> {
      // Same order as `ORDER BY created_at DESC, id DESC`: the id breaks ties, so the result
      // never depends on insertion order or Map iteration details.
      return [...orders.values()]
        .filter((order) => order.customerId === customerId)
        .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)
        .slice(0, Math.max(0, limit))
        .map(copy);
    },

    async updateStatus(id: number, status: OrderStatus): Promise<boolean> {
      const order = orders.get(id);
      if (!order) return false;
      order.status = status;
      return true;
    },
  };
}
