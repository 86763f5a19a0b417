import { db } from "@pillars/world";
import type { Handler, HttpRequest, HttpResponse } from "@pillars/world";

interface Ticket {
  id: number;
  eventId: number;
  seat: string;
  holder: string;
}

interface TicketRow {
  id: number;
  event_id: number;
  seat: string;
  holder: string;
}

interface FieldError {
  field: string;
  message: string;
}

const SEAT = /^[A-Z][0-9]{1,2}$/;

function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { "Content-Type": "application/json", ...headers }, body };
}

function toTicket(row: TicketRow): Ticket {
  return { id: row.id, eventId: row.event_id, seat: row.seat, holder: row.holder };
}

/** Every problem with the body at once, so the client can fix them all in one go. */
function validateBooking(body: unknown): FieldError[] {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return [{ field: "body", message: "must be a JSON object with seat and holder" }];
  }
  const { seat, holder } = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  if (typeof seat !== "string" || !SEAT.test(seat)) {
    errors.push({ field: "seat", message: "must be a row letter and a number, like B12" });
  }
  if (typeof holder !== "string" || holder.trim() === "" || holder.length > 100) {
    errors.push({ field: "holder", message: "must be a name of 1 to 100 characters" });
  }
  return errors;
}

async function bookTicket(req: HttpRequest, eventId: number): Promise<HttpResponse> {
  const events = await db.query("SELECT id FROM events WHERE id = $1", [eventId]);
  if (events.rowCount === 0) {
    return json(404, { error: "not_found", message: `Event ${eventId} does not exist.` });
  }

  const errors = validateBooking(req.body);
  if (errors.length > 0) {
    return json(400, {
      error: "validation_failed",
      message: "The booking is invalid.",
      details: errors,
    });
  }
  const { seat, holder } = req.body as { seat: string; holder: string };

  // Let the UNIQUE (event_id, seat) constraint decide who gets the seat: checking with a
  // SELECT first would leave a gap in which two requests both see the seat as free.
  const inserted = await db.query<TicketRow>(
    `INSERT INTO tickets (event_id, seat, holder) VALUES ($1, $2, $3)
     ON CONFLICT (event_id, seat) DO NOTHING
     RETURNING id, event_id, seat, holder`,
    [eventId, seat, holder.trim()],
  );
  const row = inserted.rows[0];
  if (!row) {
    return json(409, { error: "seat_taken", message: `Seat ${seat} is already booked.` });
  }
  // 201 says "something new exists now"; Location says where, so the client need not guess.
  return json(201, toTicket(row), { Location: `/tickets/${row.id}` });
}

async function showTicket(id: number): Promise<HttpResponse> {
  const { rows } = await db.query<TicketRow>(
    "SELECT id, event_id, seat, holder FROM tickets WHERE id = $1",
    [id],
  );
  const row = rows[0];
  if (!row) return json(404, { error: "not_found", message: `Ticket ${id} does not exist.` });
  return json(200, toTicket(row));
}

async function cancelTicket(id: number): Promise<HttpResponse> {
  const { rowCount } = await db.query("DELETE FROM tickets WHERE id = $1", [id]);
  if (rowCount === 0) {
    return json(404, { error: "not_found", message: `Ticket ${id} does not exist.` });
  }
  // Done, and nothing useful to send back: 204 has no body at all.
  return { status: 204 };
}

export const handler: Handler = async (req) => {
  const booking = /^\/events\/(\d+)\/tickets$/.exec(req.path);
  if (booking) {
    if (req.method === "POST") return bookTicket(req, Number(booking[1]));
    return json(405, { error: "method_not_allowed" }, { Allow: "POST" });
  }
  const ticket = /^\/tickets\/(\d+)$/.exec(req.path);
  if (ticket) {
    if (req.method === "GET") return showTicket(Number(ticket[1]));
    if (req.method === "DELETE") return cancelTicket(Number(ticket[1]));
    return json(405, { error: "method_not_allowed" }, { Allow: "GET, DELETE" });
  }
  return json(404, { error: "not_found", message: `No route for ${req.method} ${req.path}.` });
};
