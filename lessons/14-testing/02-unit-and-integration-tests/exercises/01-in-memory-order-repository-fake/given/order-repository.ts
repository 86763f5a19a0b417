// The port the order service depends on. Production wires in SqlOrderRepository; unit tests
// wire in your in-memory fake. Both must behave the same from the outside.

export type OrderStatus = "pending" | "paid" | "cancelled";

export interface Order {
  id: number;
  customerId: number;
  totalCents: number;
  status: OrderStatus;
  /** Milliseconds since the epoch, given by the caller. */
  createdAt: number;
}

export interface NewOrder {
  customerId: number;
  totalCents: number;
  createdAt: number;
}

export interface OrderRepository {
  /** Stores a new order with status "pending" and the next id (1, 2, 3, ...); returns it. */
  insert(order: NewOrder): Promise<Order>;
  /** The order with this id, or null. */
  findById(id: number): Promise<Order | null>;
  /** A customer's orders, newest `createdAt` first (equal times: higher id first), at most `limit`. */
  listByCustomer(customerId: number, limit: number): Promise<Order[]>;
  /** Sets the status; false when no order has this id. */
  updateStatus(id: number, status: OrderStatus): Promise<boolean>;
}
