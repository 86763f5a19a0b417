import { db } from "@pillars/world";

/**
 * Creates the tables the ticket shop adds to the existing `events`, `customers` and
 * `performers`. Runs on every deploy, so every statement must be safe to run again.
 */
export async function createSchema(): Promise<void> {
  // TODO: this table accepts anything: tickets for events that do not exist, the same seat
  // sold twice, negative prices, no seat at all. Add the keys and constraints that refuse them.
  await db.query(
    `CREATE TABLE IF NOT EXISTS tickets (
       id          INTEGER PRIMARY KEY,
       event_id    INTEGER,
       customer_id INTEGER,
       seat        TEXT,
       price_cents INTEGER
     )`,
  );

  // TODO: an event has many performers and a performer plays many events. Create the
  // junction table event_performers (event_id, performer_id), each pair at most once.
}
