import { test, expect, world } from "@pillars/test";
import type { HttpResponse } from "@pillars/world";
import { handler } from "@pillars/learner";

/** Header names are case-insensitive in HTTP: find one whatever case the handler used. */
function header(res: HttpResponse, name: string): string | undefined {
  const headers = res.headers ?? {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

function book(eventId: number, body: unknown) {
  return world.http.request(handler, {
    method: "POST",
    path: `/events/${eventId}/tickets`,
    headers: { "content-type": "application/json" },
    body,
  });
}

async function ticketCount(): Promise<number> {
  const { rows } = await world.db.query<{ n: number }>("SELECT COUNT(*) AS n FROM tickets");
  return rows[0]?.n ?? -1;
}

function expectJson(res: HttpResponse, what: string) {
  expect(header(res, "Content-Type"), `Content-Type of ${what}`).toMatch("application/json");
}

test("a booking is stored, and its Location leads to it", async () => {
  const res = await book(2, { seat: "D4", holder: "Margaret Hamilton" });
  expect(res.status, "status for booking free seat D4 at event 2").toBe(201);
  expectJson(res, "the 201");
  const location = header(res, "Location") ?? "";
  expect(location, "Location header").toMatch(/^\/tickets\/\d+$/);

  const stored = await world.db.query(
    "SELECT holder FROM tickets WHERE event_id = 2 AND seat = 'D4'",
  );
  expect(stored.rows, "rows in the tickets table for event 2, seat D4").toEqual([
    { holder: "Margaret Hamilton" },
  ]);

  const followed = await world.http.request(handler, { method: "GET", path: location });
  expect(followed.status, `status for GET ${location}`).toBe(200);
  expectJson(followed, `GET ${location}`);
  expect(followed.body, `body of GET ${location}`).toEqual(res.body);
});

test("400 lists every invalid field, and books nothing", async () => {
  const before = await ticketCount();
  const res = await book(2, { seat: "row 5", holder: "" });
  expect(res.status, "status for seat 'row 5' and an empty holder").toBe(400);
  expectJson(res, "the 400");
  const details = (res.body as { details?: { field?: string }[] } | undefined)?.details ?? [];
  const fields = details.map((d) => d.field).sort();
  expect(fields, "fields named in body.details").toEqual(["holder", "seat"]);
  expect(await ticketCount(), "tickets in the database after a rejected booking").toBe(before);
});

test("400 when the body is not a JSON object", async () => {
  const cases: { body: unknown; what: string }[] = [
    { body: "E1 for Bob", what: "a JSON string" },
    { body: ["E1", "Bob"], what: "a JSON array" },
    { body: null, what: "JSON null" },
    { body: undefined, what: "no body" },
  ];
  for (const c of cases) {
    const res = await book(2, c.body);
    expect(res.status, `status for ${c.what}`).toBe(400);
    expectJson(res, `the 400 for ${c.what}`);
  }
});

test("409 when the seat is taken, and the holder does not change", async () => {
  const res = await book(1, { seat: "A1", holder: "Mallory" });
  expect(res.status, "status for booking seat A1 at event 1 (held by Ada Lovelace)").toBe(409);
  expectJson(res, "the 409");
  const { rows } = await world.db.query(
    "SELECT holder FROM tickets WHERE event_id = 1 AND seat = 'A1'",
  );
  expect(rows, "holder of seat A1 at event 1 after the 409").toEqual([{ holder: "Ada Lovelace" }]);

  const elsewhere = await book(3, { seat: "A1", holder: "Mallory" });
  expect(elsewhere.status, "status for seat A1 at event 3 (a different event)").toBe(201);
});

test("404 for an event or a ticket that does not exist", async () => {
  const noEvent = await book(99, { seat: "B2", holder: "Bob" });
  expect(noEvent.status, "status for booking at event 99").toBe(404);
  expectJson(noEvent, "the 404 for event 99");

  const noTicket = await world.http.request(handler, { method: "GET", path: "/tickets/9999" });
  expect(noTicket.status, "status for GET /tickets/9999").toBe(404);
  expectJson(noTicket, "the 404 for ticket 9999");
});

test("DELETE answers 204 with no body, then 404, and frees the seat", async () => {
  const booked = await book(2, { seat: "H8", holder: "Barbara Liskov" });
  const location = header(booked, "Location") ?? "/tickets/unknown";

  const deleted = await world.http.request(handler, { method: "DELETE", path: location });
  expect(deleted.status, `status for DELETE ${location}`).toBe(204);
  expect(deleted.body ?? null, "body of the 204 (a 204 has none)").toBeNull();

  const gone = await world.http.request(handler, { method: "GET", path: location });
  expect(gone.status, `status for GET ${location} after the delete`).toBe(404);
  const again = await world.http.request(handler, { method: "DELETE", path: location });
  expect(again.status, `status for a second DELETE ${location}`).toBe(404);

  const rebooked = await book(2, { seat: "H8", holder: "Frances Allen" });
  expect(rebooked.status, "status for booking seat H8 again after the cancel").toBe(201);
});

test("a ticket is served with status 200 and JSON", async () => {
  const res = await world.http.request(handler, { method: "GET", path: "/tickets/3" });
  expect(res.status, "status for GET /tickets/3").toBe(200);
  expectJson(res, "GET /tickets/3");
  expect(res.body, "body of GET /tickets/3").toEqual({
    id: 3,
    eventId: 2,
    seat: "C7",
    holder: "Alan Turing",
  });
});
