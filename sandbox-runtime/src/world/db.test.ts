import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "./db.ts";
import { LATENCY } from "./latency.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";
import { WorldError, type HostModule } from "./types.ts";

const SCHEMA = `
  CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT);
  INSERT INTO users (email, name) VALUES ('ada@example.com', 'Ada'), ('alan@example.com', 'Alan');
`;

let db: HostModule;
afterEach(() => db?.close());

function open(sql = SCHEMA, limits = TEST_LIMITS) {
  db = createDb({ sql, limits, deps: manualClock() });
  return db;
}
const q = (sql: string, params?: unknown[], caller: "learner" | "test" = "learner") =>
  db.call("query", params === undefined ? [sql] : [sql, params], caller);
const rowsOf = (sql: string, params?: unknown[]) =>
  (q(sql, params).value as { rows: Record<string, unknown>[] }).rows;

describe("db.query", () => {
  it("answers a SELECT like pg: rows as objects and rowCount", () => {
    open();
    const out = q("SELECT id, email FROM users ORDER BY id");
    expect(JSON.parse(JSON.stringify(out.value))).toEqual({
      rows: [
        { id: 1, email: "ada@example.com" },
        { id: 2, email: "alan@example.com" },
      ],
      rowCount: 2,
    });
    expect(out.detail).toBe("SELECT id, email FROM users ORDER BY id");
    expect(out.latencyMs).toBe(LATENCY.db + 2 * LATENCY.dbPerRow);
  });

  it("reports changed rows for INSERT, UPDATE and DELETE, and rows for RETURNING", () => {
    open();
    expect(q("INSERT INTO users (email) VALUES ($1), ($2)", ["a@x", "b@x"]).value).toMatchObject({
      rowCount: 2,
    });
    expect(q("UPDATE users SET name = 'n' WHERE email LIKE '%@x'").value).toMatchObject({
      rowCount: 2,
    });
    expect(q("DELETE FROM users WHERE email = $1", ["a@x"]).value).toMatchObject({ rowCount: 1 });
    const ret = q("INSERT INTO users (email) VALUES ($1) RETURNING id", ["c@x"]).value;
    expect(JSON.parse(JSON.stringify(ret))).toEqual({ rows: [{ id: 5 }], rowCount: 1 });
    expect(q("CREATE TABLE t (x)").value).toMatchObject({ rows: [], rowCount: 0 });
  });

  it("binds $1 placeholders, reuses them, and leaves $1 inside strings and comments alone", () => {
    open();
    const rows = rowsOf("SELECT $1 AS a, $1 || '$2' AS b, $2 AS c -- $3\n", ["x", 7]);
    expect({ ...rows[0] }).toEqual({ a: "x", b: "x$2", c: 7 });
    expect({ ...rowsOf("SELECT ? AS a, ? AS b", [1, 2])[0] }).toEqual({ a: 1, b: 2 });
  });

  it("binds booleans as 0/1, bigints exactly, and returns big integers as strings like pg", () => {
    open();
    const [row] = rowsOf("SELECT $1 AS t, $2 AS f, $3 AS big, $4 AS n", [
      true,
      false,
      9007199254740993n,
      null,
    ]);
    expect({ ...row }).toEqual({ t: 1, f: 0, big: "9007199254740993", n: null });
    expect({ ...rowsOf("SELECT x'0aff' AS b")[0] }).toEqual({ b: "\\x0aff" });
  });

  it("refuses parameters of other types and a wrong parameter count", () => {
    open();
    for (const bad of [undefined, { a: 1 }, [1], Number.NaN, Infinity]) {
      expect(() => q("SELECT $1", [bad])).toThrow(WorldError);
    }
    expect(() => q("SELECT $1, $2", [1])).toThrow(/uses 2 parameter\(s\) but 1 were given/);
    expect(() => q("SELECT 1", "nope" as unknown as unknown[])).toThrow(/params must be an array/);
    expect(() => db.call("query", [42], "learner")).toThrow(/sql must be a string/);
    expect(() => q("SELECT :name", ["x"])).toThrow(/named parameters/);
  });

  it("runs one statement per call", () => {
    open();
    expect(() => q("SELECT 1; DROP TABLE users")).toThrow(/one statement per query/);
    expect(rowsOf("SELECT 'a;b' AS s; -- trailing comment")).toHaveLength(1);
    expect(rowsOf("SELECT count(*) AS n FROM users")[0]).toMatchObject({ n: 2 });
  });

  it("commits and rolls back transactions and savepoints", () => {
    open();
    q("BEGIN");
    q("INSERT INTO users (email) VALUES ('tx@x')");
    q("ROLLBACK");
    expect(rowsOf("SELECT * FROM users WHERE email = 'tx@x'")).toHaveLength(0);
    q("BEGIN");
    q("INSERT INTO users (email) VALUES ('kept@x')");
    q("SAVEPOINT sp");
    q("INSERT INTO users (email) VALUES ('undone@x')");
    q("ROLLBACK TO sp");
    q("COMMIT");
    expect(rowsOf("SELECT email FROM users WHERE email LIKE '%@x'").map((r) => r.email)).toEqual([
      "kept@x",
    ]);
  });

  it("shows SQLite's own message for a bad statement", () => {
    open();
    expect(() => q("SELECT * FROM nope")).toThrow("no such table: nope");
    expect(() => q("INSERT INTO users (email) VALUES ('ada@example.com')")).toThrow(
      /UNIQUE constraint failed/,
    );
  });

  it("gives each run its own database", () => {
    open();
    q("INSERT INTO users (email) VALUES ('only-here@x')");
    const other = createDb({ sql: SCHEMA, limits: TEST_LIMITS, deps: manualClock() });
    const rows = (
      other.call("query", ["SELECT count(*) AS n FROM users"], "learner").value as {
        rows: unknown[];
      }
    ).rows;
    expect(rows[0]).toMatchObject({ n: 2 });
    other.close();
  });

  it("refuses calls after close and unknown ops", () => {
    open();
    expect(() => db.call("exec", ["SELECT 1"], "learner")).toThrow(/db.exec is not a function/);
    db.close();
    expect(() => q("SELECT 1")).toThrow(/closed/);
  });

  it("reports bad fixture SQL to the author", () => {
    expect(() =>
      createDb({ sql: "CREATE TABLE (", limits: TEST_LIMITS, deps: manualClock() }),
    ).toThrow(/fixture SQL failed/);
  });
});
