// SQL's "now" is the run's virtual clock: CURRENT_TIMESTAMP, datetime('now'), unixepoch() and
// friends answer deps.now(), so expiry written in SQL is graded on virtual time.
import { afterEach, expect, it } from "vitest";
import { createDb } from "./db.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";
import type { HostModule } from "./types.ts";

let db: HostModule;
afterEach(() => db.close());

it("answers every form of now from the virtual clock", () => {
  const clock = manualClock(Date.UTC(2030, 5, 15, 8, 30, 0));
  db = createDb({
    sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, at TEXT DEFAULT CURRENT_TIMESTAMP)",
    limits: TEST_LIMITS,
    deps: clock,
  });
  const one = (sql: string) => ({
    ...(db.call("query", [sql], "learner").value as { rows: object[] }).rows[0],
  });
  db.call("query", ["INSERT INTO t DEFAULT VALUES"], "learner");
  expect(
    one(`SELECT at, CURRENT_DATE AS d, CURRENT_TIME AS tm, datetime('now') AS dt, date() AS d2,
         unixepoch('NOW') AS u, strftime('%Y-%m', 'now') AS ym, datetime('now', '+1 day') AS tomorrow FROM t`),
  ).toEqual({
    at: "2030-06-15 08:30:00",
    d: "2030-06-15",
    tm: "08:30:00",
    dt: "2030-06-15 08:30:00",
    d2: "2030-06-15",
    u: Date.UTC(2030, 5, 15, 8, 30, 0) / 1000,
    ym: "2030-06",
    tomorrow: "2030-06-16 08:30:00",
  });
  clock.advance(90_000);
  expect(one("SELECT datetime('now') AS dt")).toEqual({ dt: "2030-06-15 08:31:30" });
});

it("leaves explicit dates and date arithmetic to SQLite", () => {
  db = createDb({ limits: TEST_LIMITS, deps: manualClock() });
  const rows = (
    db.call(
      "query",
      ["SELECT date('2024-02-28', '+1 day') AS d, strftime('%s', '2020-01-01') AS s"],
      "learner",
    ).value as { rows: object[] }
  ).rows;
  expect({ ...rows[0] }).toEqual({ d: "2024-02-29", s: "1577836800" });
});

it("finds rows by expiry on virtual time", () => {
  const clock = manualClock();
  db = createDb({
    sql: "CREATE TABLE tokens (v TEXT, expires_at TEXT)",
    limits: TEST_LIMITS,
    deps: clock,
  });
  const q = (sql: string) => db.call("query", [sql], "learner").value as { rowCount: number };
  q("INSERT INTO tokens VALUES ('t', datetime('now', '+15 minutes'))");
  expect(q("SELECT v FROM tokens WHERE expires_at > datetime('now')").rowCount).toBe(1);
  clock.advance(15 * 60 * 1000 + 1000);
  expect(q("SELECT v FROM tokens WHERE expires_at > datetime('now')").rowCount).toBe(0);
});
