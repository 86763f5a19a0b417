// The test-only db ops: counters, the statement log, EXPLAIN QUERY PLAN and injected failures.
import { afterEach, expect, it } from "vitest";
import { createDb } from "./db.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";
import type { HostModule } from "./types.ts";

let db: HostModule;
afterEach(() => db.close());
function open() {
  db = createDb({
    sql: "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT); CREATE INDEX idx_email ON users(email);",
    limits: TEST_LIMITS,
    deps: manualClock(),
  });
}
const learner = (sql: string, params: unknown[] = []) => db.call("query", [sql, params], "learner");
const test = (op: string, ...args: unknown[]) => db.call(op, args, "test").value;

it("counts and lists the learner's statements, not the test's own", () => {
  open();
  learner("SELECT * FROM users WHERE id = $1", [1]);
  learner("SELECT * FROM users WHERE id = $1", [2n]);
  db.call("query", ["SELECT count(*) FROM users"], "test");
  expect(test("queryCount")).toBe(2);
  expect(test("queries")).toEqual([
    { sql: "SELECT * FROM users WHERE id = $1", params: [1] },
    { sql: "SELECT * FROM users WHERE id = $1", params: ["2"] },
  ]);
  test("resetCounters");
  expect(test("queryCount")).toBe(0);
  expect(test("queries")).toEqual([]);
});

it("refuses test-only ops to the learner", () => {
  open();
  for (const op of ["queryCount", "queries", "resetCounters", "explain", "failOn"]) {
    expect(() => db.call(op, [], "learner")).toThrow(`db.${op} is not a function`);
  }
});

it("explains a statement, showing the index it uses", () => {
  open();
  const plan = test("explain", "SELECT * FROM users WHERE email = $1", ["a@x"]) as {
    detail: string;
  }[];
  expect(plan.map((r) => r.detail).join("\n")).toMatch(
    /USING (COVERING )?INDEX idx_email \(email=\?\)/,
  );
  const unbound = test("explain", "SELECT * FROM users WHERE email = $1", []) as {
    detail: string;
  }[];
  expect(unbound.map((r) => r.detail).join("\n")).toMatch(/INDEX idx_email/);
  const scan = test("explain", "SELECT * FROM users WHERE id + 0 = 1") as { detail: string }[];
  expect(scan.map((r) => r.detail).join("\n")).toMatch(/SCAN users/);
  expect(test("queryCount")).toBe(0);
});

it("fails matching statements as many times as asked, with the given message", () => {
  open();
  test("failOn", { source: "^insert", flags: "i" }, "connection reset", 2);
  expect(() => learner("INSERT INTO users (email) VALUES ('a')")).toThrow("connection reset");
  expect(() => learner("INSERT INTO users (email) VALUES ('a')")).toThrow("connection reset");
  expect(learner("INSERT INTO users (email) VALUES ('a')").value).toMatchObject({ rowCount: 1 });
  expect(learner("SELECT 1").value).toMatchObject({ rowCount: 1 });
});

it("matches a string pattern as a case-insensitive substring, once by default", () => {
  open();
  test("failOn", "FROM USERS");
  expect(() => learner("select * from users")).toThrow("Connection terminated unexpectedly");
  expect(learner("select * from users").value).toMatchObject({ rowCount: 0 });
  // The failed attempt still reached the database: it counts.
  expect(test("queryCount")).toBe(2);
});

it("validates failOn arguments", () => {
  open();
  expect(() => test("failOn", 42)).toThrow(/pattern must be a string or a RegExp/);
  expect(() => test("failOn", { source: "(", flags: "" })).toThrow(
    /not a valid regular expression/,
  );
  expect(() => test("failOn", "x", "m", 0)).toThrow(/times must be between/);
  expect(() => test("failOn", { source: "x", flags: "", extra: 1 })).toThrow(
    /unknown option "extra"/,
  );
});
