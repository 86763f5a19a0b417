// SQL's random() and randomblob() are seeded: two runs of the same statements agree, so a run
// that shuffles with ORDER BY random() is reproducible.
import { afterEach, expect, it } from "vitest";
import { createDb } from "./db.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";
import type { HostModule } from "./types.ts";

const open: HostModule[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

function draw(): unknown[] {
  const db = createDb({
    sql: "CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3), (4), (5), (6);",
    limits: TEST_LIMITS,
    deps: manualClock(),
  });
  open.push(db);
  const rows = (sql: string) =>
    (db.call("query", [sql], "learner").value as { rows: object[] }).rows;
  return [
    rows(
      "SELECT random() AS a, random() AS b, hex(randomblob(6)) AS blob, length(randomblob(0)) AS one",
    ),
    rows("SELECT n FROM t ORDER BY random()"),
  ];
}

it("gives the same values in every run, and fresh values within a run", () => {
  const first = draw();
  expect(draw()).toEqual(first);
  const [[values], shuffled] = first as [
    [{ a: number | string; b: number | string; blob: string; one: number }],
    object[],
  ];
  expect(values.a).not.toEqual(values.b);
  expect(values.blob).toMatch(/^[0-9A-F]{12}$/);
  expect(values.one).toBe(1);
  expect(shuffled).toHaveLength(6);
});
