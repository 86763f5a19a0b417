import type { Db } from "@pillars/world";
import type { Booking, BookingRepository, Concert, NewBooking } from "./types.ts";

interface BookingRow {
  id: number;
  concert_id: number;
  email: string;
  quantity: number;
}

/**
 * The data layer: SQL in, domain objects out. `db` is a parameter rather than an import so
 * that this file decides nothing about which database it talks to.
 */
export function createRepository(db: Db): BookingRepository {
  return {
    async findConcert(id) {
      const { rows } = await db.query<Concert>(
        "SELECT id, title, capacity, sold FROM concerts WHERE id = $1",
        [id],
      );
      return rows[0] ?? null;
    },

    async createBooking({ concertId, email, quantity }: NewBooking): Promise<Booking | null> {
      return db.transaction(async (tx) => {
        // The guard in WHERE makes "enough seats?" and "take them" one atomic step, so two
        // customers racing for the last seats cannot both win. The service's earlier check
        // gives a clear answer in the common case; this one keeps the data right in the rare one.
        const taken = await tx.query(
          "UPDATE concerts SET sold = sold + $1 WHERE id = $2 AND sold + $1 <= capacity",
          [quantity, concertId],
        );
        if (taken.rowCount === 0) return null;
        const { rows } = await tx.query<BookingRow>(
          "INSERT INTO bookings (concert_id, email, quantity) VALUES ($1, $2, $3) RETURNING id, concert_id, email, quantity",
          [concertId, email, quantity],
        );
        const row = rows[0]!;
        // Column names stop here: the layers above only ever see camelCase domain objects.
        return { id: row.id, concertId: row.concert_id, email: row.email, quantity: row.quantity };
      });
    },
  };
}
