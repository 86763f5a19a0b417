import { BookingError, MAX_TICKETS_PER_BOOKING } from "./types.ts";
import type { BookingRepository, BookingService, NewBooking } from "./types.ts";

/**
 * The business layer: the box office's rules and nothing else. It never sees a request or a
 * row, so the same rules serve the HTTP API, an admin script or a queue consumer.
 */
export function createService(repository: BookingRepository): BookingService {
  return {
    async bookTickets(request: NewBooking) {
      // A policy, not a format rule: it belongs here, where a change of policy is one edit.
      if (request.quantity > MAX_TICKETS_PER_BOOKING) {
        throw new BookingError(
          "too-many-tickets",
          `At most ${MAX_TICKETS_PER_BOOKING} tickets per booking.`,
        );
      }
      const concert = await repository.findConcert(request.concertId);
      if (!concert) throw new BookingError("concert-not-found", "No such concert.");
      if (concert.capacity - concert.sold < request.quantity) {
        throw new BookingError("not-enough-seats", "Not enough seats left.");
      }
      const booking = await repository.createBooking(request);
      // Someone took the seats between the read and the write.
      if (!booking) throw new BookingError("not-enough-seats", "Not enough seats left.");
      return booking;
    },
  };
}
