// A result is read lazily and capped in rows and bytes: past a cap the statement fails with a
// message that says what to do, and the database stays usable (the statement is reset).
import { afterEach, expect, it } from "vitest";
import { createDb } from "./db.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";
import type { HostModule } from "./types.ts";

let db: HostModule;
afterEach(() => db.close());
const COUNT_TO = (n: number) =>
  `WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < ${n}) `;

it("refuses a result with more rows than limits.sqlRows", () => {
  db = createDb({ limits: { ...TEST_LIMITS, sqlRows: 10 }, deps: manualClock() });
  const q = (sql: string) => db.call("query", [sql], "learner").value as { rowCount: number };
  expect(q(`${COUNT_TO(10)}SELECT n FROM c`).rowCount).toBe(10);
  expect(() => q(`${COUNT_TO(11)}SELECT n FROM c`)).toThrow(
    "result too large: more than 10 rows; add LIMIT or paginate",
  );
});

it("refuses a result larger than limits.sqlBytes", () => {
  db = createDb({ limits: { ...TEST_LIMITS, sqlBytes: 10_000 }, deps: manualClock() });
  expect(() =>
    db.call("query", [`${COUNT_TO(100)}SELECT printf('%.200c', 'x') AS s FROM c`], "learner"),
  ).toThrow(/result too large: more than 10000 bytes/);
});

it("returns from an endless recursive CTE that has a LIMIT", () => {
  db = createDb({ limits: TEST_LIMITS, deps: manualClock() });
  const out = db.call(
    "query",
    ["WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT n FROM c LIMIT 3"],
    "learner",
  );
  expect(out.value).toMatchObject({ rowCount: 3 });
});

it("leaves no statement running after a capped read, so COMMIT still works", () => {
  db = createDb({
    sql: "CREATE TABLE t (x)",
    limits: { ...TEST_LIMITS, sqlRows: 5 },
    deps: manualClock(),
  });
  const q = (sql: string) => db.call("query", [sql], "learner");
  q("BEGIN");
  q("INSERT INTO t VALUES (1)");
  expect(() => q(`${COUNT_TO(50)}SELECT n FROM c`)).toThrow(/result too large/);
  q("COMMIT");
  expect(q("SELECT count(*) AS n FROM t").value).toMatchObject({ rows: [{ n: 1 }] });
});
