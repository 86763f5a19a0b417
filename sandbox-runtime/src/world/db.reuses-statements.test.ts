// The db reuses a prepared statement for the same SQL text. Reuse must never show a stale
// schema, skip the authorizer after the schema changed, or leave a statement half-read.
import { afterEach, expect, it } from "vitest";
import { createDb } from "./db.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";
import { WorldError, type HostModule } from "./types.ts";

let db: HostModule;
afterEach(() => db.close());

const rowsOf = (sql: string, params: unknown[] = []) =>
  (db.call("query", [sql, params], "learner").value as { rows: object[] }).rows.map((r) => ({
    ...r,
  }));

it("sees a column added after the same SELECT already ran", () => {
  db = createDb({
    sql: "CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1)",
    limits: TEST_LIMITS,
    deps: manualClock(),
  });
  expect(rowsOf("SELECT * FROM t")).toEqual([{ id: 1 }]);
  rowsOf("ALTER TABLE t ADD COLUMN name TEXT DEFAULT 'x'");
  expect(rowsOf("SELECT * FROM t")).toEqual([{ id: 1, name: "x" }]);
});

it("refuses a denied function in a view redefined after the same SELECT ran", () => {
  db = createDb({ limits: TEST_LIMITS, deps: manualClock() });
  rowsOf("CREATE VIEW v AS SELECT 1 AS n");
  expect(rowsOf("SELECT n FROM v")).toEqual([{ n: 1 }]);
  rowsOf("DROP VIEW v");
  rowsOf("CREATE VIEW v AS SELECT load_extension('x') AS n");
  expect(() => db.call("query", ["SELECT n FROM v", []], "learner")).toThrow(WorldError);
  expect(() => db.call("query", ["SELECT n FROM v", []], "learner")).toThrow(/load_extension/);
});

it("runs a statement again with new parameters after a read stopped at the row cap", () => {
  db = createDb({
    sql: `CREATE TABLE n (v INTEGER);
      WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 50) INSERT INTO n SELECT x FROM c`,
    limits: { ...TEST_LIMITS, sqlRows: 10 },
    deps: manualClock(),
  });
  const sql = "SELECT v FROM n WHERE v <= $1 ORDER BY v";
  expect(() => rowsOf(sql, [40])).toThrow(/more than 10 rows/);
  expect(rowsOf(sql, [2])).toEqual([{ v: 1 }, { v: 2 }]);
  // Writes commit: nothing is left open by the abandoned read.
  rowsOf("DELETE FROM n WHERE v > $1", [2]);
  expect(rowsOf(sql, [40])).toEqual([{ v: 1 }, { v: 2 }]);
});
