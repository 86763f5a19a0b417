// The contracts between the layers. Each layer depends on the interface of the one below it,
// never on its implementation, so a test can hand any layer a fake of the layer beneath.

export interface Concert {
  id: number;
  title: string;
  capacity: number;
  sold: number;
}

export interface NewBooking {
  concertId: number;
  email: string;
  quantity: number;
}

export interface Booking extends NewBooking {
  id: number;
}

/** The only code that knows SQL and table names. */
export interface BookingRepository {
  /** The concert, or null if there is none with this id. */
  findConcert(id: number): Promise<Concert | null>;
  /**
   * Takes the seats and stores the booking in one transaction. Resolves to null, storing
   * nothing, if the seats were taken by someone else since the concert was read.
   */
  createBooking(booking: NewBooking): Promise<Booking | null>;
}

/** The business rules of booking, with no idea that HTTP or SQL exist. */
export interface BookingService {
  /** The stored booking; rejects with a BookingError when a rule says no. */
  bookTickets(request: NewBooking): Promise<Booking>;
}

/** A customer may buy at most this many tickets in one booking (a box-office policy). */
export const MAX_TICKETS_PER_BOOKING = 6;

export type BookingErrorCode = "concert-not-found" | "not-enough-seats" | "too-many-tickets";

/** A rule said no. The service throws it; the controller turns its code into a status. */
export class BookingError extends Error {
  code: BookingErrorCode;

  constructor(code: BookingErrorCode, message: string) {
    super(message);
    this.name = "BookingError";
    this.code = code;
  }
}
