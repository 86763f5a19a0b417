import { test, expect, world, beforeEach } from "@pillars/test";
import { BookingError, createController, createRepository, createService } from "@pillars/learner";

interface NewBooking {
  concertId: number;
  email: string;
  quantity: number;
}

/** A fake service that answers with `outcome` and records every request it is given. */
function fakeService(outcome: (request: NewBooking) => Promise<unknown>) {
  const calls: NewBooking[] = [];
  return {
    calls,
    async bookTickets(request: NewBooking) {
      calls.push(request);
      return outcome(request);
    },
  };
}

/** A fake repository holding concerts in memory; `seatsVanish` makes createBooking lose the race. */
function fakeRepository(
  concerts: { id: number; title: string; capacity: number; sold: number }[],
  seatsVanish = false,
) {
  const created: NewBooking[] = [];
  return {
    created,
    async findConcert(id: number) {
      const concert = concerts.find((c) => c.id === id);
      return concert ? { ...concert } : null;
    },
    async createBooking(booking: NewBooking) {
      if (seatsVanish) return null;
      created.push(booking);
      return { id: 900 + created.length, ...booking };
    },
  };
}

/** The BookingError code a promise rejects with, or a description of what it did instead. */
async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "(it resolved)";
  } catch (err) {
    return err instanceof BookingError
      ? (err as { code: string }).code
      : `(not a BookingError: ${String(err)})`;
  }
}

const post = (path: string, body: unknown) => ({ method: "POST", path, body });

beforeEach(() => {
  world.db.resetCounters();
});

test("the controller passes a valid request to the service once and answers 201 with the booking", async () => {
  const service = fakeService(async (request) => ({ id: 77, ...request }));
  const controller = createController(service);
  const res = await world.http.request(
    controller,
    post("/concerts/1/bookings", { email: "lin@example.com", quantity: 4 }),
  );
  expect(res.status, "status of a valid booking").toBe(201);
  expect(res.body, "body of the 201").toEqual({
    id: 77,
    concertId: 1,
    email: "lin@example.com",
    quantity: 4,
  });
  expect(res.headers?.Location ?? res.headers?.location, "Location header").toBe("/bookings/77");
  expect(service.calls, "requests the service received").toEqual([
    { concertId: 1, email: "lin@example.com", quantity: 4 },
  ]);
  expect(world.db.queryCount(), "SQL statements run by the controller").toBe(0);
});

test("the controller answers 400 to malformed bodies without calling the service", async () => {
  const service = fakeService(async (request) => ({ id: 1, ...request }));
  const controller = createController(service);
  const malformed: [string, unknown][] = [
    ["quantity as text", { email: "lin@example.com", quantity: "two" }],
    ["zero tickets", { email: "lin@example.com", quantity: 0 }],
    ["half a ticket", { email: "lin@example.com", quantity: 2.5 }],
    ["no email", { quantity: 2 }],
    ["an email without @", { email: "lin.example.com", quantity: 2 }],
    ["no body at all", undefined],
  ];
  for (const [what, body] of malformed) {
    const res = await world.http.request(controller, post("/concerts/1/bookings", body));
    expect(res.status, `status for ${what}`).toBe(400);
    expect(res.body, `error body for ${what}`).toMatchObject({
      error: { code: "invalid-request" },
    });
  }
  expect(service.calls.length, "service calls made for malformed bodies").toBe(0);
});

test("the controller maps each BookingError code to its status", async () => {
  const expected: [string, number][] = [
    ["concert-not-found", 404],
    ["not-enough-seats", 409],
    ["too-many-tickets", 422],
  ];
  for (const [code, status] of expected) {
    const service = fakeService(async () => {
      throw new BookingError(code, "A rule said no.");
    });
    const res = await world.http.request(
      createController(service),
      post("/concerts/3/bookings", { email: "kim@example.com", quantity: 2 }),
    );
    expect(res.status, `status when the service throws ${code}`).toBe(status);
    expect(res.body, `error body when the service throws ${code}`).toMatchObject({
      error: { code },
    });
  }
  expect(world.db.queryCount(), "SQL statements run by the controller").toBe(0);
});

test("an unexpected service failure becomes a 500 that reveals nothing internal", async () => {
  const service = fakeService(async () => {
    throw new Error("SQLITE_BUSY: database is locked (bookings.db, pid 4711)");
  });
  const res = await world.http.request(
    createController(service),
    post("/concerts/1/bookings", { email: "kim@example.com", quantity: 1 }),
  );
  expect(res.status, "status when the service fails unexpectedly").toBe(500);
  expect(JSON.stringify(res.body ?? null), "the 500's body").not.toContain("SQLITE");
});

test("the service books through the repository when enough seats are left", async () => {
  const repository = fakeRepository([{ id: 5, title: "Folk night", capacity: 10, sold: 7 }]);
  const service = createService(repository);
  const booking = await service.bookTickets({
    concertId: 5,
    email: "ola@example.com",
    quantity: 3,
  });
  expect(booking, "the booking the service returned").toEqual({
    id: 901,
    concertId: 5,
    email: "ola@example.com",
    quantity: 3,
  });
  expect(repository.created, "bookings the service asked the repository to store").toEqual([
    { concertId: 5, email: "ola@example.com", quantity: 3 },
  ]);
  expect(world.db.queryCount(), "SQL statements run by the service itself").toBe(0);
});

test("the service refuses an unknown concert, too few seats and more than 6 tickets, storing nothing", async () => {
  const repository = fakeRepository([
    { id: 5, title: "Folk night", capacity: 10, sold: 7 },
    { id: 8, title: "Open-air opera", capacity: 2000, sold: 0 },
  ]);
  const service = createService(repository);
  expect(
    await rejectionCode(
      service.bookTickets({ concertId: 404, email: "a@example.com", quantity: 1 }),
    ),
    "refusal for concert 404",
  ).toBe("concert-not-found");
  expect(
    await rejectionCode(service.bookTickets({ concertId: 5, email: "a@example.com", quantity: 4 })),
    "refusal for 4 seats when 3 are left",
  ).toBe("not-enough-seats");
  expect(
    await rejectionCode(service.bookTickets({ concertId: 8, email: "a@example.com", quantity: 7 })),
    "refusal for 7 tickets to a concert with 2000 seats left",
  ).toBe("too-many-tickets");
  expect(repository.created.length, "bookings stored for refused requests").toBe(0);
  expect(world.db.queryCount(), "SQL statements run by the service itself").toBe(0);
});

test("the service reports not-enough-seats when the repository finds the seats already gone", async () => {
  // The concert looked bookable when read, but another customer took the seats before the write.
  const repository = fakeRepository(
    [{ id: 6, title: "Organ recital", capacity: 50, sold: 10 }],
    true,
  );
  const code = await rejectionCode(
    createService(repository).bookTickets({ concertId: 6, email: "b@example.com", quantity: 2 }),
  );
  expect(code, "refusal when createBooking resolves to null").toBe("not-enough-seats");
});

test("end to end through the real database: a booking takes the seats, a refused one changes nothing", async () => {
  const controller = createController(createService(createRepository(world.db)));

  const ok = await world.http.request(
    controller,
    post("/concerts/1/bookings", { email: "eve@example.com", quantity: 3 }),
  );
  expect(ok.status, "status of booking 3 seats for concert 1").toBe(201);
  expect(ok.body, "the booking answered").toMatchObject({
    concertId: 1,
    email: "eve@example.com",
    quantity: 3,
  });
  const [stored] = (await world.db.query("SELECT concert_id, email, quantity FROM bookings")).rows;
  expect(stored, "the row in the bookings table").toEqual({
    concert_id: 1,
    email: "eve@example.com",
    quantity: 3,
  });
  const sold = async (id: number) =>
    (await world.db.query("SELECT sold FROM concerts WHERE id = $1", [id])).rows[0]?.sold;
  expect(await sold(1), "seats sold for concert 1 (was 40)").toBe(43);

  const refused = await world.http.request(
    controller,
    post("/concerts/2/bookings", { email: "eve@example.com", quantity: 4 }),
  );
  expect(refused.status, "status of booking 4 seats when 3 are left").toBe(409);
  expect(await sold(2), "seats sold for concert 2 after the refusal (was 27)").toBe(27);
  const count = (await world.db.query("SELECT count(*) AS n FROM bookings")).rows[0]?.n;
  expect(count, "rows in bookings after one success and one refusal").toBe(1);
});
