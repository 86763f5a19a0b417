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

/**
 * Reads every order in id order, `batchSize` rows at a time, and hands each batch to `write`.
 *
 * Keyset pagination: each batch starts strictly after the last id of the previous one, so
 * the database seeks straight to it through the primary key. With OFFSET it would walk past
 * every earlier row again on every batch, and rows deleted or inserted behind the cursor
 * would shift the window and make the export skip or repeat orders.
 */
export async function exportOrders(
  write: BatchWriter,
  batchSize = 500,
): Promise<{ rows: number; batches: number }> {
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
    throw new RangeError(`batchSize must be an integer from 1 to ${MAX_BATCH_SIZE}`);
  }
  let afterId = 0; // ids start at 1: "after 0" is the first batch, and one query shape serves all
  let rows = 0;
  let batches = 0;
  for (;;) {
    const { rows: batch } = await db.query<OrderRow>(
      `SELECT id, customer_email AS customerEmail, total_cents AS totalCents, status,
              placed_at AS placedAt
         FROM orders
        WHERE id > $1
        ORDER BY id
        LIMIT $2`,
      [afterId, batchSize],
    );
    if (batch.length === 0) break;
    await write(batch);
    rows += batch.length;
    batches += 1;
    afterId = batch[batch.length - 1].id;
    // A short batch is the last one: stop without asking for an empty page.
    if (batch.length < batchSize) break;
  }
  return { rows, batches };
}
