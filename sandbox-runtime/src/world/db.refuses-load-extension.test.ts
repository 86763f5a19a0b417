// Loading a native extension would run arbitrary code in the worker: the function is denied
// by the authorizer (and extension loading is off in node:sqlite by default).
import { afterEach, expect, it } from "vitest";
import { createDb } from "./db.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";
import type { HostModule } from "./types.ts";

let db: HostModule;
afterEach(() => db.close());

it("refuses load_extension in any spelling or position", () => {
  db = createDb({ limits: TEST_LIMITS, deps: manualClock() });
  for (const sql of [
    "SELECT load_extension('/tmp/evil.so')",
    "select LOAD_EXTENSION('/tmp/evil.so', 'init')",
    "SELECT 1 WHERE load_extension('x') IS NULL",
  ]) {
    expect(() => db.call("query", [sql], "learner")).toThrow(
      "the function load_extension is not available",
    );
  }
});

it("refuses fts3_tokenizer, which hands out native pointers", () => {
  db = createDb({ limits: TEST_LIMITS, deps: manualClock() });
  expect(() => db.call("query", ["SELECT fts3_tokenizer('simple')"], "learner")).toThrow(
    /not available/,
  );
});

const REFUSED = /load_extension is not available|unsafe use of load_extension\(\)/;

it("refuses load_extension hidden in a view or a trigger body, when it would run", () => {
  db = createDb({ sql: "CREATE TABLE t (x)", limits: TEST_LIMITS, deps: manualClock() });
  const q = (sql: string) => () => db.call("query", [sql], "learner");
  // SQLite stores views and triggers as text; their bodies compile inside the statement that
  // uses them, where the authorizer, or SQLite's own rule against unsafe functions in schema
  // objects (defensive mode), refuses the call.
  const attempts = [
    ["CREATE VIEW v AS SELECT load_extension('/tmp/evil.so') AS y", "SELECT * FROM v"],
    [
      "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT load_extension('/tmp/evil.so'); END",
      "INSERT INTO t VALUES (1)",
    ],
  ];
  for (const [create, use] of attempts) {
    try {
      q(create!)();
    } catch (err) {
      expect(String(err)).toMatch(REFUSED);
      continue;
    }
    expect(q(use!)).toThrow(REFUSED);
  }
});
