import { db } from "@pillars/world";

/**
 * Migration 0007: orders get a `status` column.
 * New orders start as 'pending'; orders that already shipped become 'shipped'.
 * The deploy script runs every migration on every deploy, so this one will run again
 * on a database where it has already been applied.
 */
export async function migrate(): Promise<void> {
  // TODO: this works exactly once. Make it safe to run again (a second run must change
  // nothing), and atomic (if the backfill fails, the column must not stay half-added).
  await db.query("ALTER TABLE orders ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'");
  await db.query("UPDATE orders SET status = 'shipped' WHERE shipped_at IS NOT NULL");
}
