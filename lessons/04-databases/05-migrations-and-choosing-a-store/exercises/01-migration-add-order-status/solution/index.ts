import { db } from "@pillars/world";

/**
 * Migration 0007: orders get a `status` column.
 * New orders start as 'pending'; orders that already shipped become 'shipped'.
 * The deploy script runs every migration on every deploy, so this one will run again
 * on a database where it has already been applied.
 */
export async function migrate(): Promise<void> {
  // SQLite (like PostgreSQL, unlike MySQL) runs ALTER TABLE inside a transaction, so a
  // failed backfill also undoes the new column: the migration happens entirely or not at all.
  await db.transaction(async (tx) => {
    // Ask the schema whether we already ran. Guarding the whole migration, not only the
    // ALTER, matters: re-running the backfill would overwrite statuses the app has set since.
    const existing = await tx.query(
      "SELECT name FROM pragma_table_info('orders') WHERE name = 'status'",
    );
    if (existing.rowCount > 0) return;

    // NOT NULL with a DEFAULT: existing rows get 'pending' at once, new inserts too.
    await tx.query("ALTER TABLE orders ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'");
    await tx.query("UPDATE orders SET status = 'shipped' WHERE shipped_at IS NOT NULL");
  });
}
