import { db, queue, type Message } from "@pillars/world";

export const ORDERS_QUEUE = "orders";

/** What checkout publishes after an order is placed. */
export interface OrderPlaced {
  orderId: number;
}

// Takes the order's total from the customer's card and marks the order paid.
// Correct when each order arrives exactly once; the queue does not promise that.
async function chargeOrder(orderId: number): Promise<void> {
  const { rows } = await db.query<{ totalCents: number }>(
    "SELECT total_cents AS totalCents FROM orders WHERE id = $1",
    [orderId],
  );
  if (rows.length === 0) throw new Error(`order ${orderId} does not exist`);
  await db.query("INSERT INTO charges (order_id, amount_cents) VALUES ($1, $2)", [
    orderId,
    rows[0].totalCents,
  ]);
  await db.query("UPDATE orders SET status = 'paid' WHERE id = $1", [orderId]);
}

async function handle(message: Message<OrderPlaced>): Promise<void> {
  // TODO 1: make this safe to run twice for the same order. Record that the order was
  //         handled (the empty processed_orders table is there for it) and skip it if so.
  // TODO 2: a crash between two writes must not leave half the work done: think about
  //         which statements have to commit together (db.transaction).
  await chargeOrder(message.body.orderId);
  await queue.ack(ORDERS_QUEUE, message.id);
}

/** Handles every visible message in the `orders` queue, then returns. */
export async function processOrders(): Promise<void> {
  for (;;) {
    const messages = await queue.receive<OrderPlaced>(ORDERS_QUEUE, { max: 10 });
    if (messages.length === 0) return;
    for (const message of messages) {
      // TODO 3: decide what happens when handling one message throws. It must not be
      //         acked (so it is delivered again), and it should not stop the others.
      await handle(message);
    }
  }
}
