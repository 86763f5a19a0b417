import type { Handler, HttpResponse } from "@pillars/world";
import { BookingError } from "./types.ts";
import type { BookingErrorCode, BookingService, NewBooking } from "./types.ts";

const STATUS_FOR: Record<BookingErrorCode, number> = {
  "concert-not-found": 404,
  "not-enough-seats": 409,
  "too-many-tickets": 422,
};

function error(status: number, code: string, message: string): HttpResponse {
  return { status, body: { error: { code, message } } };
}

/** Is the body well-formed? (Whether the booking is allowed is the service's question.) */
function parseBooking(concertId: number, body: unknown): NewBooking | null {
  if (typeof body !== "object" || body === null) return null;
  const { email, quantity } = body as { email?: unknown; quantity?: unknown };
  if (typeof email !== "string" || !email.includes("@")) return null;
  if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity < 1) return null;
  return { concertId, email, quantity };
}

/**
 * The HTTP layer: translate a request into one service call, and its outcome into a response.
 * It holds no rules and no SQL, so it can be tested with a fake service and no database.
 */
export function createController(service: BookingService): Handler {
  return async (req) => {
    const match = /^\/concerts\/(\d+)\/bookings$/.exec(req.path);
    if (req.method !== "POST" || !match) return error(404, "not-found", "No such route.");

    const request = parseBooking(Number(match[1]), req.body);
    if (!request)
      return error(400, "invalid-request", "Send an email and a whole quantity of at least 1.");

    try {
      const booking = await service.bookTickets(request);
      return { status: 201, headers: { Location: `/bookings/${booking.id}` }, body: booking };
    } catch (err) {
      if (err instanceof BookingError) return error(STATUS_FOR[err.code], err.code, err.message);
      // Anything else is our bug or an outage: the client learns nothing about the internals.
      return error(500, "internal", "Something went wrong on our side.");
    }
  };
}
