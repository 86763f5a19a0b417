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

// Every function below builds its SQL by pasting what the visitor typed into the query
// text. It works for "jazz", and it lets anyone who types a quote rewrite the query.
// TODO: make every query a constant string with $1, $2, ... placeholders, and pass the
// visitor's input in the params array instead.

/** Published events whose name contains `term` (case-insensitive), by id. */
export async function searchEvents(term: string): Promise<EventSummary[]> {
  const { rows } = await db.query<EventSummary>(
    `SELECT id, name, venue FROM events
     WHERE published = 1 AND name LIKE '%${term}%'
     ORDER BY id`,
  );
  return rows;
}

/** The booking with this reference, only if the email matches too ("manage my booking"). */
export async function findBooking(reference: string, email: string): Promise<Booking | null> {
  const { rows } = await db.query<Booking>(
    `SELECT reference, event_id AS eventId, holder_name AS holderName, seats
     FROM bookings WHERE reference = '${reference}' AND email = '${email}'`,
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
    `UPDATE bookings SET holder_name = '${holderName}'
     WHERE reference = '${reference}' AND email = '${email}'`,
  );
  return rowCount === 1;
}
