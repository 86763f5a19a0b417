import { db } from "@pillars/world";

export interface OrderRow {
  id: number;
  customerEmail: string;
  totalCents: number;
  status: string;
  placedAt: string;
}

/** Receives one batch; the export waits for it before reading the next. */
export type BatchWriter = (batch: OrderRow[]) => void | Promise<void>;

export const MAX_BATCH_SIZE = 1000;

/** Reads every order in id order, `batchSize` rows at a time, and hands each batch to `write`. */
export async function exportOrders(
  write: BatchWriter,
  batchSize = 500,
): Promise<{ rows: number; batches: number }> {
  // TODO 1: refuse a batchSize that is not a whole number from 1 to MAX_BATCH_SIZE
  //         (RangeError), before any query.
  let offset = 0;
  let rows = 0;
  let batches = 0;
  for (;;) {
    // TODO 2: OFFSET makes the database step over `offset` rows before it returns any, so
    //         batch 20 reads 10,000 rows to return 500. And when the writer archives rows
    //         it has exported, the window shifts and orders are skipped. Continue from the
    //         last id you saw instead (keyset pagination).
    const { rows: batch } = await db.query<OrderRow>(
      `SELECT id, customer_email AS customerEmail, total_cents AS totalCents, status,
              placed_at AS placedAt
         FROM orders
        ORDER BY id
        LIMIT $1 OFFSET $2`,
      [batchSize, offset],
    );
    if (batch.length === 0) break;
    await write(batch);
    rows += batch.length;
    batches += 1;
    offset += batch.length;
  }
  return { rows, batches };
}
