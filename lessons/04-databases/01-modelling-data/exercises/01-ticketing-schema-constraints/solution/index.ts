import { db } from "@pillars/world";

/**
 * Creates the tables the ticket shop adds to the existing `events`, `customers` and
 * `performers`. Runs on every deploy, so every statement must be safe to run again.
 */
export async function createSchema(): Promise<void> {
  // Each rule lives in the schema, so it holds for every writer, not only this service:
  // - REFERENCES: no ticket for an unknown event or customer, and no deleting an event
  //   that has tickets (the default ON DELETE behaviour refuses it);
  // - UNIQUE (event_id, seat): a seat is sold once per event, but exists at every event;
  // - NOT NULL and CHECK: a ticket always has a seat and a price that is not negative.
  await db.query(
    `CREATE TABLE IF NOT EXISTS tickets (
       id          INTEGER PRIMARY KEY,
       event_id    INTEGER NOT NULL REFERENCES events (id),
       customer_id INTEGER NOT NULL REFERENCES customers (id),
       seat        TEXT    NOT NULL,
       price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
       UNIQUE (event_id, seat)
     )`,
  );

  // Many-to-many: one row per (event, performer) pair. The composite primary key both
  // identifies the pair and stops it from being added twice.
  await db.query(
    `CREATE TABLE IF NOT EXISTS event_performers (
       event_id     INTEGER NOT NULL REFERENCES events (id),
       performer_id INTEGER NOT NULL REFERENCES performers (id),
       PRIMARY KEY (event_id, performer_id)
     )`,
  );
}
