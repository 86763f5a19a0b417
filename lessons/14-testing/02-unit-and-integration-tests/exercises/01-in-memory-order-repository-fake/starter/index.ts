import type { NewOrder, Order, OrderRepository, OrderStatus } from "./order-repository.ts";

// An in-memory fake of sqlOrderRepository (see sql-order-repository.ts), for unit tests of
// code that stores orders: no database, so those tests are fast and need no set-up.
export function createInMemoryOrderRepository(): OrderRepository {
  const orders = new Map<number, Order>();
  let lastId = 0;

  return {
    async insert(order: NewOrder): Promise<Order> {
      lastId += 1;
      const stored: Order = { id: lastId, status: "pending", ...order };
      orders.set(stored.id, stored);
      return stored;
    },

    async findById(id: number): Promise<Order | null> {
      return orders.get(id) ?? null;
    },

    async listByCustomer(customerId: number, limit: number): Promise<Order[]> {
      // TODO: this customer's orders only, newest createdAt first (equal times: higher id
      // first), at most `limit` of them.
      void customerId;
      void limit;
      return [];
    },

    async updateStatus(id: number, status: OrderStatus): Promise<boolean> {
      // TODO: change the stored order's status; report whether there was one.
      void id;
      void status;
      return false;
    },
  };
}
