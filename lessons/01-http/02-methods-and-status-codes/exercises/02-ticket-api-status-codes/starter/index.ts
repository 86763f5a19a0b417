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

function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { "Content-Type": "application/json", ...headers }, body };
}

function toTicket(row: TicketRow): Ticket {
  return { id: row.id, eventId: row.event_id, seat: row.seat, holder: row.holder };
}

async function bookTicket(req: HttpRequest, eventId: number): Promise<HttpResponse> {
  // TODO: 404 if the event does not exist.
  // TODO: 400 with { error, message, details: [{ field, message }, ...] } listing every
  //       invalid field (seat like "B12", holder a non-empty name up to 100 characters).
  // TODO: 409 if the seat is already booked for this event (the table has
  //       UNIQUE (event_id, seat); what happens today when you book a taken seat?).
  // TODO: 201 with a Location header pointing at the new ticket.
  const { seat, holder } = req.body as { seat: string; holder: string };
  const inserted = await db.query<TicketRow>(
    "INSERT INTO tickets (event_id, seat, holder) VALUES ($1, $2, $3) RETURNING id, event_id, seat, holder",
    [eventId, seat, holder],
  );
  return json(200, toTicket(inserted.rows[0]!));
}

async function showTicket(id: number): Promise<HttpResponse> {
  const { rows } = await db.query<TicketRow>(
    "SELECT id, event_id, seat, holder FROM tickets WHERE id = $1",
    [id],
  );
  // TODO: a ticket that does not exist is not a success.
  return json(200, rows[0] ? toTicket(rows[0]) : null);
}

async function cancelTicket(id: number): Promise<HttpResponse> {
  await db.query("DELETE FROM tickets WHERE id = $1", [id]);
  // TODO: 404 if there was no such ticket; otherwise 204 with no body.
  return json(200, { deleted: true });
}

// Routing is done for you: the exercise is about what each route answers.
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
