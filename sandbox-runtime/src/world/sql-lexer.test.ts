import { expect, it } from "vitest";
import { analyzeSql } from "./sql-lexer.ts";

it("rewrites $N to ?N outside strings, quoted names and comments", () => {
  const sql = `SELECT $1, '$2', "$3", [$4], \`$5\` /* $6 */ -- $7\n, $2 FROM t`;
  expect(analyzeSql(sql)).toEqual({
    sql: `SELECT ?1, '$2', "$3", [$4], \`$5\` /* $6 */ -- $7\n, ?2 FROM t`,
    firstKeyword: "SELECT",
    paramCount: 2,
  });
});

it("counts ? and ?N placeholders, and refuses mixing ? with numbered ones", () => {
  expect(analyzeSql("select ?, ? from t").paramCount).toBe(2);
  expect(analyzeSql("select ?3").paramCount).toBe(3);
  expect(() => analyzeSql("select ?, $1")).toThrow(/do not mix/);
  expect(() => analyzeSql("select $0")).toThrow(/out of range/);
  expect(() => analyzeSql("select $1000")).toThrow(/out of range/);
});

it("handles doubled quotes inside strings and identifiers", () => {
  expect(analyzeSql(`select 'it''s; $1' as "a""b"`).paramCount).toBe(0);
  expect(() => analyzeSql("select 'open")).toThrow(/unterminated/);
});

it("refuses a second statement, wherever it hides", () => {
  expect(() => analyzeSql("select 1; select 2")).toThrow(/one statement per query/);
  expect(() => analyzeSql("select 1;select $1")).toThrow(/one statement per query/);
  expect(() => analyzeSql("select 1 /* ; */; /* x */ ;")).not.toThrow();
  expect(() => analyzeSql("   -- only a comment")).toThrow(/empty query/);
});

it("keeps the semicolons of a trigger body in one statement", () => {
  const sql =
    "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE u SET n = CASE WHEN 1 THEN 2 END; DELETE FROM v; END;";
  expect(analyzeSql(sql).sql).toBe(sql.slice(0, -1));
  expect(() => analyzeSql(`${sql} DROP TABLE t`)).toThrow(/one statement per query/);
  expect(() => analyzeSql("CREATE TABLE trigger_log (begin_at INT); DROP TABLE t")).toThrow(
    /one statement/,
  );
});

it("keeps $ inside identifiers and refuses named parameters", () => {
  expect(analyzeSql("select a$b from t").paramCount).toBe(0);
  for (const sql of ["select :x", "select @x", "select $x"])
    expect(() => analyzeSql(sql)).toThrow(/named parameters/);
});

it("reports the first keyword after leading comments", () => {
  expect(analyzeSql("/* hi */ -- there\n  with x as (select 1) select * from x").firstKeyword).toBe(
    "WITH",
  );
});
