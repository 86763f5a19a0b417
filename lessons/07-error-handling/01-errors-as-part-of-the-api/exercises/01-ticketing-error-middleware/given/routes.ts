// The ticketing API's routes. They throw domain errors (errors.ts) and never build an error
// response themselves: that is withErrors' job. Anything else they throw (a failed query, a
// bug) is unexpected.
import { db } from "@pillars/world";
import type { HttpRequest, HttpResponse } from "@pillars/world";
import { ConflictError, NotFoundError, ValidationError } from "./errors.ts";
import type { FieldProblem } from "./errors.ts";

interface EventRow {
  id: number;
  name: string;
  startsAt: string;
  seatsLeft: number;
}

const json = { "Content-Type": "application/json" };

async function findEvent(id: number): Promise<EventRow> {
  const { rows } = await db.query<EventRow>(
    "SELECT id, name, starts_at AS startsAt, seats_left AS seatsLeft FROM events WHERE id = $1",
    [id],
  );
  if (!rows[0]) throw new NotFoundError(`Event ${id} does not exist.`);
  return rows[0];
}

function parseBooking(body: unknown): { seats: number; email: string } {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ValidationError("The request body must be a JSON object.");
  }
  const { seats, email } = body as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(seats) || (seats as number) < 1 || (seats as number) > 6) {
    problems.push({ pointer: "#/seats", detail: "must be a whole number from 1 to 6" });
  }
  if (typeof email !== "string" || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    problems.push({ pointer: "#/email", detail: "must be an email address" });
  }
  if (problems.length > 0) throw new ValidationError("Some fields are not valid.", problems);
  return { seats: seats as number, email: email as string };
}

async function book(eventId: number, body: unknown): Promise<HttpResponse> {
  const { seats, email } = parseBooking(body);
  await findEvent(eventId);
  const booking = await db.transaction(async (tx) => {
    // Decrement only if enough seats are left: one statement, so two buyers cannot both win.
    const taken = await tx.query(
      "UPDATE events SET seats_left = seats_left - $1 WHERE id = $2 AND seats_left >= $1",
      [seats, eventId],
    );
    if (taken.rowCount === 0) {
      throw new ConflictError(`Fewer than ${seats} seats are left for event ${eventId}.`);
    }
    const { rows } = await tx.query<{ id: number }>(
      "INSERT INTO bookings (event_id, email, seats) VALUES ($1, $2, $3) RETURNING id",
      [eventId, email, seats],
    );
    return { id: rows[0].id, eventId, email, seats };
  });
  return {
    status: 201,
    headers: { ...json, Location: `/bookings/${booking.id}` },
    body: booking,
  };
}

export async function routes(req: HttpRequest): Promise<HttpResponse> {
  const event = /^\/events\/(\d+)$/.exec(req.path);
  if (event && req.method === "GET") {
    return { status: 200, headers: json, body: await findEvent(Number(event[1])) };
  }
  const bookings = /^\/events\/(\d+)\/bookings$/.exec(req.path);
  if (bookings && req.method === "POST") return book(Number(bookings[1]), req.body);
  throw new NotFoundError(`No route answers ${req.method} ${req.path}.`);
}
