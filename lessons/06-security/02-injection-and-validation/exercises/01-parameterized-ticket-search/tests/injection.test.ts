import { test, expect, world, beforeEach } from "@pillars/test";
import { searchEvents, findBooking, renameHolder } from "@pillars/learner";

// Runs the learner's call and turns a thrown database error into a value, so a test can say
// "the payload broke your query" instead of failing with a bare SQLite message.
async function attempt<T>(fn: () => Promise<T>): Promise<T | string> {
  try {
    return await fn();
  } catch (error) {
    return `threw: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function countRows(table: "bookings" | "events" | "staff"): Promise<number> {
  const { rows } = await world.db.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return rows[0]?.n as number;
}

beforeEach(() => {
  world.db.resetCounters();
});

test("a name with an apostrophe (Rock'n'Roll) is found, not a syntax error", async () => {
  const found = await attempt(() => searchEvents("rock'n'roll"));
  expect(found, "searchEvents(\"rock'n'roll\")").toEqual([
    { id: 2, name: "Rock'n'Roll Revival", venue: "The Old Mill" },
  ]);
});

test("classic always-true payloads match nothing and never reveal draft events", async () => {
  for (const payload of ["' OR 1=1 --", "' OR '1'='1", "%' OR published = 0 --"]) {
    const found = await attempt(() => searchEvents(payload));
    expect(found, `searchEvents(${JSON.stringify(payload)}): no event name contains it`).toEqual(
      [],
    );
  }
});

test("a UNION SELECT payload cannot read the staff table", async () => {
  const payload = "' UNION SELECT id, email, password_hash FROM staff --";
  const found = await attempt(() => searchEvents(payload));
  expect(JSON.stringify(found), "anything returned for the UNION payload").not.toContain(
    "tickets.example",
  );
  expect(found, `searchEvents(${JSON.stringify(payload)})`).toEqual([]);
});

test("a '; DROP TABLE payload is searched for as text and drops nothing", async () => {
  const payload = "'; DROP TABLE bookings; --";
  const found = await attempt(() => searchEvents(payload));
  expect(found, `searchEvents(${JSON.stringify(payload)})`).toEqual([]);
  expect(await countRows("bookings"), "bookings still in the database").toBe(3);
});

test("a reference ending in a comment does not skip the email check", async () => {
  const stolen = await attempt(() => findBooking("PLR-1001' --", "mallory@evil.test"));
  expect(stolen, "findBooking(\"PLR-1001' --\", someone else's email)").toBeNull();
  const guessed = await attempt(() => findBooking("x' OR email LIKE '%", "x"));
  expect(guessed, "findBooking with an OR payload in the reference").toBeNull();
  const real = await attempt(() => findBooking("PLR-1002", "grace@example.com"));
  expect(real, "findBooking with the right reference and email").toEqual({
    reference: "PLR-1002",
    eventId: 3,
    holderName: "Grace Hopper",
    seats: 1,
  });
});

test("a holder name cannot rewrite other columns or other bookings", async () => {
  const evilName = "Alan', email = 'mallory@evil.test";
  const changed = await attempt(() => renameHolder("PLR-1003", "alan@example.com", evilName));
  expect(changed, "renameHolder's answer for an existing booking").toBe(true);
  const { rows } = await world.db.query(
    "SELECT reference, email, holder_name FROM bookings ORDER BY reference",
  );
  expect(rows, "every booking after the rename").toEqual([
    { reference: "PLR-1001", email: "ada@example.com", holder_name: "Ada Lovelace" },
    { reference: "PLR-1002", email: "grace@example.com", holder_name: "Grace Hopper" },
    { reference: "PLR-1003", email: "alan@example.com", holder_name: evilName },
  ]);
  const wrongEmail = await attempt(() => renameHolder("PLR-1001", "x' OR '1'='1", "Mallory"));
  expect(wrongEmail, "renameHolder with an OR payload as the email").toBe(false);
});

test(
  "what the visitor typed travels as a parameter, never inside the SQL text",
  async () => {
    const marker = "zq'marker";
    const calls: [string, () => Promise<unknown>][] = [
      ["searchEvents", () => searchEvents(marker)],
      ["findBooking", () => findBooking(marker, marker)],
      ["renameHolder", () => renameHolder("PLR-1001", "ada@example.com", marker)],
    ];
    for (const [name, call] of calls) {
      world.db.resetCounters();
      const outcome = await attempt(call);
      expect(outcome, `${name} with a quote in its input`).not.toMatch(/^threw/);
      for (const { sql, params } of world.db.queries()) {
        expect(sql, `SQL text that ${name} ran`).not.toContain("zq");
        expect(
          params.some((p) => typeof p === "string" && p.includes(marker)),
          `does ${name} pass the input in the params array?`,
        ).toBe(true);
      }
    }
  },
  { hint: "Keep the SQL string constant and put the values in the params array: $1, $2, ..." },
);
