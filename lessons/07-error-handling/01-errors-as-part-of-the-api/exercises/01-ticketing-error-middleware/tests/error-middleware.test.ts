import { test, expect, world } from "@pillars/test";
import { handler, withErrors, ConflictError } from "@pillars/learner";

/** Header lookup that ignores the case of the name, as HTTP does. */
function header(res: { headers?: Record<string, string> }, name: string): string | undefined {
  const key = Object.keys(res.headers ?? {}).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : res.headers?.[key];
}

/** Log lines written since `from`, parsed when they are JSON (log.*), raw otherwise. */
function linesSince(from: number) {
  return world
    .logs()
    .slice(from)
    .map((line) => {
      let fields: Record<string, unknown> | null = null;
      try {
        fields = JSON.parse(line.message);
      } catch {
        fields = null;
      }
      return { level: line.level, text: line.message, fields };
    });
}

const book = (body: unknown, headers: Record<string, string> = {}) =>
  world.http.request(handler, { method: "POST", path: "/events/1/bookings", body, headers });

// What a SQLite failure tends to say: table, column, statement. None of it may reach a client.
const DB_FAILURE =
  "SQLITE_BUSY: database is locked (INSERT INTO bookings (event_id, email, seats))";

test("an invalid booking is a 400 listing every invalid field", async () => {
  const res = await book({ seats: 0, email: "not-an-email" });
  expect(res.status, "status for seats 0 and a bad email").toBe(400);
  expect(header(res, "content-type"), "Content-Type of the 400").toBe("application/problem+json");
  expect(res.body, "the problem document").toMatchObject({
    type: "https://tickets.example/problems/validation-error",
    status: 400,
    errors: [
      { pointer: "#/seats", detail: "must be a whole number from 1 to 6" },
      { pointer: "#/email", detail: "must be an email address" },
    ],
  });
});

test("asking for more seats than are left is a 409 conflict", async () => {
  const res = await world.http.request(handler, {
    method: "POST",
    path: "/events/2/bookings",
    body: { seats: 3, email: "ada@example.com" },
  });
  expect(res.status, "status for 3 seats when 2 are left").toBe(409);
  expect(res.body, "the problem document").toMatchObject({
    type: "https://tickets.example/problems/conflict",
    status: 409,
  });
});

test("a database failure is a generic 500 that leaks nothing", async () => {
  world.db.failOn(/INSERT INTO bookings/i, DB_FAILURE);
  const res = await book({ seats: 2, email: "ada@example.com" });
  expect(res.status, "status when the INSERT fails").toBe(500);
  expect(header(res, "content-type"), "Content-Type of the 500").toBe("application/problem+json");
  expect(res.body, "the 500 problem document").toMatchObject({
    type: "about:blank",
    title: "Internal Server Error",
    status: 500,
  });
  const text = JSON.stringify(res.body);
  for (const secret of ["SQLITE", "INSERT", "bookings", "database is locked"]) {
    expect(text.includes(secret), `the 500 body mentions "${secret}"`).toBe(false);
  }
  expect(/\bat .*:\d+:\d+/.test(text), "the 500 body holds a stack frame (at file:line:col)").toBe(
    false,
  );
});

test("the 500 is logged once at error level with the request id and the real error", async () => {
  world.db.failOn(/INSERT INTO bookings/i, DB_FAILURE);
  const from = world.logs().length;
  const res = await book({ seats: 1, email: "ada@example.com" }, { "x-request-id": "req-7f3a" });
  expect(header(res, "x-request-id"), "X-Request-Id of the 500").toBe("req-7f3a");
  expect(res.body, "the 500 problem document").toMatchObject({ requestId: "req-7f3a" });
  const errors = linesSince(from).filter((l) => l.level === "error");
  expect(errors.length, "error-level log lines for one failed request").toBe(1);
  expect(errors[0].fields?.requestId, "requestId field of the log line (log.error fields)").toBe(
    "req-7f3a",
  );
  expect(errors[0].text, "the error log line").toContain("database is locked");
});

test("without an x-request-id a fresh id is generated and used in header, body and log", async () => {
  world.db.failOn(/INSERT INTO bookings/i, DB_FAILURE, 2);
  const from = world.logs().length;
  const first = await book({ seats: 1, email: "ada@example.com" });
  const second = await book({ seats: 1, email: "grace@example.com" });
  const id = header(first, "x-request-id");
  expect(typeof id === "string" && id.length > 0, "the first 500 has an X-Request-Id").toBe(true);
  expect(id, "X-Request-Id of the second request").not.toBe(header(second, "x-request-id"));
  expect(first.body, "the first problem document").toMatchObject({ requestId: id });
  const logged = linesSince(from)
    .filter((l) => l.level === "error")
    .map((l) => l.fields?.requestId);
  expect(logged, "request ids in the error log lines").toContain(id);
});

test("an unsafe x-request-id (a newline, or 200 characters) is replaced by a generated one", async () => {
  for (const unsafe of ['abc\n{"level":"info","msg":"forged"}', "x".repeat(200)]) {
    const res = await world.http.request(handler, {
      method: "GET",
      path: "/events/1",
      headers: { "x-request-id": unsafe },
    });
    const id = header(res, "x-request-id");
    expect(id === unsafe, "the unsafe id was echoed back").toBe(false);
    expect(typeof id === "string" && id.length > 0 && id.length <= 64, "a safe id was used").toBe(
      true,
    );
  }
});

test("anything thrown that is not a domain error is a 500: a TypeError, a string, a rejection", async () => {
  const throwers = [
    withErrors(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'seats')");
    }),
    withErrors(() => {
      throw "SELECT * FROM users WHERE id = 1";
    }),
    withErrors(() => Promise.reject(new Error("connect ECONNREFUSED 10.0.3.7:5432"))),
  ];
  for (const [i, wrapped] of throwers.entries()) {
    const res = await world.http.request(wrapped, { method: "GET", path: "/anything" });
    expect(res.status, `status from thrower ${i + 1}`).toBe(500);
    const text = JSON.stringify(res.body);
    for (const secret of ["undefined", "SELECT", "ECONNREFUSED", "10.0.3.7"]) {
      expect(text.includes(secret), `the 500 body from thrower ${i + 1} mentions "${secret}"`).toBe(
        false,
      );
    }
  }
  const conflict = withErrors(() => {
    throw new ConflictError("Seat 14C is taken.");
  });
  const res = await world.http.request(conflict, { method: "POST", path: "/seats" });
  expect(res.status, "status for a ConflictError thrown by any handler").toBe(409);
});

test("client errors are not logged as errors, and successes pass through with an id", async () => {
  const from = world.logs().length;
  await world.http.request(handler, { method: "GET", path: "/events/999" });
  await book({ seats: 9 });
  const ok = await world.http.request(handler, {
    method: "GET",
    path: "/events/1",
    headers: { "x-request-id": "req-ok-1" },
  });
  const errorLines = linesSince(from).filter((l) => l.level === "error");
  expect(errorLines.length, "error-level log lines after a 404 and a 400").toBe(0);
  expect(ok.status, "status of GET /events/1").toBe(200);
  expect(ok.body, "the event").toEqual({
    id: 1,
    name: "Jazz on the Quay",
    startsAt: "2026-03-14T20:00:00Z",
    seatsLeft: 120,
  });
  expect(header(ok, "content-type"), "Content-Type of the 200").toBe("application/json");
  expect(header(ok, "x-request-id"), "X-Request-Id of the 200").toBe("req-ok-1");
});
