// Pragmas can change the engine (page limits, journaling, schema writes): only schema-reading
// pragmas are allowed, in statement and table-valued form.
import { afterEach, expect, it } from "vitest";
import { createDb } from "./db.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";
import type { HostModule } from "./types.ts";

let db: HostModule;
afterEach(() => db.close());
const q = (sql: string) =>
  db.call("query", [sql], "learner").value as { rows: Record<string, unknown>[] };

it("allows reading the schema", () => {
  db = createDb({
    sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT); CREATE INDEX t_x ON t(x)",
    limits: TEST_LIMITS,
    deps: manualClock(),
  });
  expect(q("PRAGMA table_info(t)").rows.map((r) => r.name)).toEqual(["id", "x"]);
  expect(q("PRAGMA index_list('t')").rows.map((r) => r.name)).toEqual(["t_x"]);
  expect(q("SELECT name FROM pragma_index_info('t_x')").rows).toHaveLength(1);
  expect(q("PRAGMA foreign_keys").rows[0]).toMatchObject({ foreign_keys: 1 });
});

it("refuses pragmas that change the engine or read outside the schema", () => {
  db = createDb({ limits: TEST_LIMITS, deps: manualClock() });
  for (const sql of [
    "PRAGMA max_page_count = 1000000000",
    "PRAGMA foreign_keys = OFF",
    "PRAGMA writable_schema = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA temp_store_directory = '/tmp'",
    "SELECT * FROM pragma_compile_options",
  ]) {
    expect(() => q(sql), sql).toThrow(/PRAGMA \w+ is not available/);
  }
  expect(q("PRAGMA foreign_keys").rows[0]).toMatchObject({ foreign_keys: 1 });
});

it("refuses temporary objects, which would escape the size cap", () => {
  db = createDb({ limits: TEST_LIMITS, deps: manualClock() });
  expect(() => q("CREATE TEMP TABLE t (x)")).toThrow(/temporary tables/);
});
