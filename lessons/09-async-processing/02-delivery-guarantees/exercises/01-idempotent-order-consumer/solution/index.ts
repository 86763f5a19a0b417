import { db, log, queue, type Db, type Message } from "@pillars/world";

export const ORDERS_QUEUE = "orders";

/** What checkout publishes after an order is placed. */
export interface OrderPlaced {
  orderId: number;
}

/**
 * Charges one order, at most once, however many times its event arrives.
 *
 * The three writes share one transaction: the dedupe row, the charge and the status change
 * commit together or not at all. A crash anywhere inside leaves no trace, so the redelivered
 * message starts from scratch; a crash after COMMIT leaves the dedupe row, so the redelivered
 * message is recognised and skipped.
 */
async function chargeOnce(tx: Db, orderId: number): Promise<void> {
  // The order id is the dedupe key, not the message id: checkout may publish the same order
  // twice as two messages (a retried send), and those must not charge twice either.
  const claimed = await tx.query(
    "INSERT INTO processed_orders (order_id) VALUES ($1) ON CONFLICT (order_id) DO NOTHING",
    [orderId],
  );
  if (claimed.rowCount === 0) return; // handled before: a duplicate or a redelivery

  const { rows } = await tx.query<{ totalCents: number }>(
    "SELECT total_cents AS totalCents FROM orders WHERE id = $1",
    [orderId],
  );
  if (rows.length === 0) throw new Error(`order ${orderId} does not exist`);

  await tx.query("INSERT INTO charges (order_id, amount_cents) VALUES ($1, $2)", [
    orderId,
    rows[0].totalCents,
  ]);
  await tx.query("UPDATE orders SET status = 'paid' WHERE id = $1", [orderId]);
}

async function handle(message: Message<OrderPlaced>): Promise<void> {
  await db.transaction((tx) => chargeOnce(tx, message.body.orderId));
  // Ack only after the work is committed. If we die between the commit and this line, the
  // message comes back after the visibility timeout and chargeOnce skips it.
  await queue.ack(ORDERS_QUEUE, message.id);
}

/** Handles every visible message in the `orders` queue, then returns. */
export async function processOrders(): Promise<void> {
  for (;;) {
    const messages = await queue.receive<OrderPlaced>(ORDERS_QUEUE, { max: 10 });
    if (messages.length === 0) return;
    // One at a time: the transactions share one database connection.
    for (const message of messages) {
      try {
        await handle(message);
      } catch (err) {
        // Not acked: the queue delivers it again once its visibility timeout passes. The rest
        // of the batch still gets processed instead of waiting behind one bad message.
        log.error("order processing failed", {
          messageId: message.id,
          attempts: message.attempts,
          error: err instanceof Error ? err.message : String(err),
        });
      }
    }
  }
}
