// A learner must not reach files: ATTACH, DETACH and VACUUM INTO are refused, by the lexer and,
// should it be fooled, by SQLite's authorizer and its attach limit of 0.
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { createDb } from "./db.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";
import type { HostModule } from "./types.ts";

let db: HostModule;
afterEach(() => db.close());
const file = join(tmpdir(), `pillars-attach-${process.pid}.db`);

it("refuses ATTACH, DETACH and VACUUM INTO, and writes no file", () => {
  db = createDb({ sql: "CREATE TABLE t (x)", limits: TEST_LIMITS, deps: manualClock() });
  const q = (sql: string) => () => db.call("query", [sql], "learner");
  expect(q(`ATTACH DATABASE '${file}' AS other`)).toThrow(/ATTACH is not available/);
  expect(q(`/* hidden */ attach '${file}' as other`)).toThrow(/ATTACH is not available/);
  expect(q("DETACH DATABASE main")).toThrow(/DETACH is not available/);
  expect(q(`VACUUM INTO '${file}'`)).toThrow(/VACUUM is not available/);
  expect(existsSync(file)).toBe(false);
});

it("refuses ATTACH hidden behind another first keyword, through the authorizer", () => {
  db = createDb({ sql: "CREATE TABLE t (x)", limits: TEST_LIMITS, deps: manualClock() });
  const q = (sql: string) => () => db.call("query", [sql], "learner");
  expect(q(`EXPLAIN ATTACH DATABASE '${file}' AS other`)).toThrow(
    /ATTACH and DETACH are not available/,
  );
  expect(q("SELECT * FROM pragma_database_list")).toThrow(/PRAGMA database_list is not available/);
  expect(existsSync(file)).toBe(false);
});
