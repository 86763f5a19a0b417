import { db } from "@pillars/world";
import type { Db, Handler, HttpRequest, HttpResponse } from "@pillars/world";
import { MAX_TICKETS_PER_BOOKING } from "./types.ts";
import type { BookingRepository, BookingService } from "./types.ts";

export { BookingError, MAX_TICKETS_PER_BOOKING } from "./types.ts";

// The box office's booking endpoint, written in one go: it parses HTTP, checks the input,
// applies the box-office rules, runs SQL and formats the answer, all in one function.
// It works, but nothing in it can be tested or reused without a database and an HTTP request.
async function tangledHandler(req: HttpRequest): Promise<HttpResponse> {
  const match = /^\/concerts\/(\d+)\/bookings$/.exec(req.path);
  if (req.method !== "POST" || !match) {
    return { status: 404, body: { error: { code: "not-found", message: "No such route." } } };
  }
  const concertId = Number(match[1]);
  const body = req.body as { email?: unknown; quantity?: unknown } | null | undefined;
  if (
    typeof body !== "object" ||
    body === null ||
    typeof body.email !== "string" ||
    !body.email.includes("@") ||
    typeof body.quantity !== "number" ||
    !Number.isInteger(body.quantity) ||
    body.quantity < 1
  ) {
    return {
      status: 400,
      body: {
        error: {
          code: "invalid-request",
          message: "Send an email and a whole quantity of at least 1.",
        },
      },
    };
  }
  const { email, quantity } = body;
  if (quantity > MAX_TICKETS_PER_BOOKING) {
    return {
      status: 422,
      body: {
        error: {
          code: "too-many-tickets",
          message: `At most ${MAX_TICKETS_PER_BOOKING} tickets per booking.`,
        },
      },
    };
  }
  const { rows } = await db.query("SELECT id, title, capacity, sold FROM concerts WHERE id = $1", [
    concertId,
  ]);
  const concert = rows[0];
  if (!concert) {
    return {
      status: 404,
      body: { error: { code: "concert-not-found", message: "No such concert." } },
    };
  }
  if (concert.capacity - concert.sold < quantity) {
    return {
      status: 409,
      body: { error: { code: "not-enough-seats", message: "Not enough seats left." } },
    };
  }
  const booking = await db.transaction(async (tx) => {
    // The guard in WHERE keeps two bookings racing for the last seats from overselling.
    const taken = await tx.query(
      "UPDATE concerts SET sold = sold + $1 WHERE id = $2 AND sold + $1 <= capacity",
      [quantity, concertId],
    );
    if (taken.rowCount === 0) return null;
    const inserted = await tx.query(
      "INSERT INTO bookings (concert_id, email, quantity) VALUES ($1, $2, $3) RETURNING id, concert_id, email, quantity",
      [concertId, email, quantity],
    );
    return inserted.rows[0];
  });
  if (!booking) {
    return {
      status: 409,
      body: { error: { code: "not-enough-seats", message: "Not enough seats left." } },
    };
  }
  return {
    status: 201,
    headers: { Location: `/bookings/${booking.id}` },
    body: {
      id: booking.id,
      concertId: booking.concert_id,
      email: booking.email,
      quantity: booking.quantity,
    },
  };
}

// TODO 1: the repository. Move every SQL statement here (and nothing else): findConcert and
//         createBooking, returning Concert and Booking objects rather than raw rows.
export function createRepository(database: Db): BookingRepository {
  void database;
  throw new Error("TODO: createRepository");
}

// TODO 2: the service. Move the box-office rules here: the ticket limit, the concert existing,
//         enough seats left. It talks to the repository only, and throws BookingError.
export function createService(repository: BookingRepository): BookingService {
  void repository;
  throw new Error("TODO: createService");
}

// TODO 3: the controller. Move the HTTP work here: the route, checking the body's shape,
//         calling the service once, and turning its result or BookingError into a response.
export function createController(service: BookingService): Handler {
  void service;
  throw new Error("TODO: createController");
}

// TODO 4: once the layers work, wire them together here and delete tangledHandler:
//         export const handler = createController(createService(createRepository(db)));
export const handler: Handler = tangledHandler;
