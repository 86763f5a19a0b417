import { beforeEach, expect, test, world } from "@pillars/test";
import { createSchema } from "@pillars/learner";

// createSchema runs before every test, as it would on every deploy.
beforeEach(async () => {
  await createSchema();
});

function sellTicket(eventId: number, customerId: number, seat: string | null, priceCents: number) {
  return world.db.query(
    "INSERT INTO tickets (event_id, customer_id, seat, price_cents) VALUES ($1, $2, $3, $4)",
    [eventId, customerId, seat, priceCents],
  );
}

test("a valid ticket is stored and can be read back", async () => {
  await sellTicket(1, 1, "A1", 4500);
  const { rows } = await world.db.query(
    "SELECT event_id, customer_id, seat, price_cents FROM tickets WHERE event_id = 1 AND seat = 'A1'",
  );
  expect(rows, "tickets for event 1, seat A1").toEqual([
    { event_id: 1, customer_id: 1, seat: "A1", price_cents: 4500 },
  ]);
});

test(
  "a ticket for an event or a customer that does not exist is refused",
  async () => {
    await expect.rejects(sellTicket(999, 1, "C3", 3000)).toThrow(/FOREIGN KEY/i);
    await expect.rejects(sellTicket(1, 999, "C4", 3000)).toThrow(/FOREIGN KEY/i);
  },
  {
    hint: "event_id and customer_id should be foreign keys: REFERENCES events (id), REFERENCES customers (id).",
  },
);

test(
  "a seat is sold at most once per event, but the same seat exists at other events",
  async () => {
    await sellTicket(1, 2, "B7", 4500);
    await expect.rejects(sellTicket(1, 1, "B7", 4500)).toThrow(/UNIQUE/i);
    await sellTicket(2, 1, "B7", 3800);
    const { rows } = await world.db.query("SELECT COUNT(*) AS n FROM tickets WHERE seat = 'B7'");
    expect(rows[0]?.n, "tickets for seat B7 across events").toBe(2);
  },
  { hint: "A UNIQUE constraint can span two columns: UNIQUE (event_id, seat)." },
);

test("a ticket without a seat is refused", async () => {
  await expect.rejects(sellTicket(2, 1, null, 3000)).toThrow(/NOT NULL/i);
});

test("a ticket with a negative price is refused, a free one is fine", async () => {
  await expect.rejects(sellTicket(2, 2, "D1", -100)).toThrow(/CHECK/i);
  await sellTicket(2, 2, "D2", 0);
});

test(
  "an event with tickets sold cannot be deleted",
  async () => {
    const { rows } = await world.db.query(
      "INSERT INTO events (name, starts_at) VALUES ('Sold-out Matinee', '2026-05-01T15:00:00Z') RETURNING id",
    );
    const eventId = rows[0]!.id as number;
    await sellTicket(eventId, 1, "E1", 2500);
    await expect
      .rejects(world.db.query("DELETE FROM events WHERE id = $1", [eventId]))
      .toThrow(/FOREIGN KEY/i);
  },
  {
    hint: "With event_id REFERENCES events (id), the database refuses to delete an event that tickets still point at.",
  },
);

test("events and performers are many-to-many, each pair recorded at most once", async () => {
  const add = (eventId: number, performerId: number) =>
    world.db.query("INSERT INTO event_performers (event_id, performer_id) VALUES ($1, $2)", [
      eventId,
      performerId,
    ]);
  await add(3, 1);
  await add(3, 2);
  await add(2, 1);
  await expect.rejects(add(3, 1)).toThrow(/UNIQUE|PRIMARY KEY/i);
  await expect.rejects(add(3, 999)).toThrow(/FOREIGN KEY/i);
  const { rows } = await world.db.query(
    "SELECT performer_id FROM event_performers WHERE event_id = 3 ORDER BY performer_id",
  );
  expect(rows, "performers of event 3").toEqual([{ performer_id: 1 }, { performer_id: 2 }]);
});
