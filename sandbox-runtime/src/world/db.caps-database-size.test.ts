// Doubling a table with INSERT ... SELECT grows memory exponentially: the database has a page
// cap (max_page_count) and values a length cap, both refused with SQLite's own errors.
import { afterEach, expect, it } from "vitest";
import { createDb } from "./db.ts";
import { DB_MAX_BYTES, SQL_LIMITS } from "./db-guard.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";
import type { HostModule } from "./types.ts";

let db: HostModule;
afterEach(() => db.close());

it("stops a table that doubles itself at the size cap", () => {
  db = createDb({ sql: "CREATE TABLE t (b BLOB)", limits: TEST_LIMITS, deps: manualClock() });
  const q = (sql: string) => db.call("query", [sql], "learner");
  q("INSERT INTO t VALUES (zeroblob(500000))");
  let error: unknown;
  for (let i = 0; i < 20 && !error; i++) {
    try {
      q("INSERT INTO t SELECT b FROM t");
    } catch (err) {
      error = err;
    }
  }
  expect(String(error)).toContain(
    `database is full (it may hold ${DB_MAX_BYTES / 1024 / 1024} MiB)`,
  );
  expect(q("SELECT count(*) AS n FROM t").value).toMatchObject({ rowCount: 1 });
});

it("refuses a value longer than the length limit", () => {
  db = createDb({ limits: TEST_LIMITS, deps: manualClock() });
  expect(() => db.call("query", [`SELECT zeroblob(${SQL_LIMITS.length + 1})`], "learner")).toThrow(
    "string or blob too big",
  );
  expect(() =>
    db.call("query", ["SELECT $1", ["x".repeat(SQL_LIMITS.length + 1)]], "learner"),
  ).toThrow(/too long/);
});
