import { db } from "@pillars/world";

export interface EventSummary {
  id: number;
  name: string;
  venue: string;
}

export interface Booking {
  reference: string;
  eventId: number;
  holderName: string;
  seats: number;
}

/**
 * LIKE treats `%` and `_` in the *value* as wildcards too. They cannot break out of the
 * string (the value is a parameter), but a search for "100%" should mean the text "100%",
 * so they are escaped, with `\` declared as the escape character in the SQL.
 */
function likeContains(term: string): string {
  return `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** Published events whose name contains `term` (case-insensitive), by id. */
export async function searchEvents(term: string): Promise<EventSummary[]> {
  // The SQL text is a constant: whatever the visitor typed arrives as $1, a value that the
  // database never parses as SQL. Quotes, comments and UNIONs in it are just characters.
  const { rows } = await db.query<EventSummary>(
    `SELECT id, name, venue FROM events
     WHERE published = 1 AND name LIKE $1 ESCAPE '\\'
     ORDER BY id`,
    [likeContains(term)],
  );
  return rows;
}

/** The booking with this reference, only if the email matches too ("manage my booking"). */
export async function findBooking(reference: string, email: string): Promise<Booking | null> {
  const { rows } = await db.query<Booking>(
    `SELECT reference, event_id AS eventId, holder_name AS holderName, seats
     FROM bookings WHERE reference = $1 AND email = $2`,
    [reference, email],
  );
  return rows[0] ?? null;
}

/** Changes the name on a booking; true if a booking with this reference and email exists. */
export async function renameHolder(
  reference: string,
  email: string,
  holderName: string,
): Promise<boolean> {
  const { rowCount } = await db.query(
    "UPDATE bookings SET holder_name = $1 WHERE reference = $2 AND email = $3",
    [holderName, reference, email],
  );
  return rowCount === 1;
}
