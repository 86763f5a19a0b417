// The learner's database: a fresh in-memory SQLite per run, answering pg-shaped results.
// Ops: query(sql, params); test-only queryCount, queries, resetCounters, explain, failOn.
// Statements pass three gates: argument checks here, the lexer (one statement, placeholders,
// no ATTACH / DETACH / VACUUM), and SQLite's own limits and authorizer (db-guard.ts).
// Results are read lazily and capped (limits.sqlRows, limits.sqlBytes): a statement past a
// cap fails with a WorldError telling the learner to add LIMIT or paginate.
import { DatabaseSync, type SQLInputValue, type StatementSync } from "node:sqlite";
import { expectArgCount, expectArray, expectString, truncateForTrace } from "./args.ts";
import {
  DB_MAX_BYTES,
  SQL_LIMITS,
  lockDatabase,
  prepareDatabase,
  type Denials,
} from "./db-guard.ts";
import { installVirtualTimeInSql } from "./db-clock.ts";
import { installSeededRandomInSql } from "./db-random.ts";
import { FailRules, QueryLog, type LoggedParam } from "./db-recorder.ts";
import { LATENCY, dbLatency } from "./latency.ts";
import { analyzeSql, MAX_PLACEHOLDER } from "./sql-lexer.ts";
import { Lru } from "../lru.ts";
import type { Limits } from "../types.ts";
import {
  WorldError,
  type Caller,
  type CallOutcome,
  type HostModule,
  type WorldDeps,
} from "./types.ts";

type Row = Record<string, string | number | null>;
const REFUSED_STATEMENTS = new Set(["ATTACH", "DETACH", "VACUUM"]);
const WRITE_STATEMENTS = new Set(["INSERT", "UPDATE", "DELETE", "REPLACE", "WITH"]);
const SQLITE_FULL = 13;
const INT64_MAX = 2n ** 63n - 1n;
/** Prepared statements one run keeps for reuse (see `statements` in createDb). */
const STATEMENT_CACHE_SIZE = 64;

/** Checks one parameter and converts it to what SQLite binds (booleans as 0/1). */
function toSqlValue(value: unknown, index: number): SQLInputValue {
  const what = `db.query: parameter $${index + 1}`;
  if (value === null || typeof value === "string") {
    if (typeof value === "string" && value.length > SQL_LIMITS.length) {
      throw new WorldError(`${what} is too long (at most ${SQL_LIMITS.length} characters)`);
    }
    return value;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new WorldError(`${what} must be a finite number`);
    return value;
  }
  if (typeof value === "bigint") {
    if (value > INT64_MAX || value < -INT64_MAX - 1n)
      throw new WorldError(`${what} is out of the 64-bit range`);
    return value;
  }
  if (typeof value === "boolean") return value ? 1 : 0;
  const kind =
    value === undefined ? "undefined (use null)" : Array.isArray(value) ? "an array" : typeof value;
  throw new WorldError(`${what} is ${kind}: use a string, number, bigint, boolean or null`);
}

/** A SQLite value as the guest receives it: int64 beyond 2^53 as a string (as pg does), blobs as pg's \x hex. */
function fromSqlValue(value: unknown): string | number | null {
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString("hex")}`;
  return value as string | number | null;
}

export function createDb(opts: { sql?: string; limits: Limits; deps: WorldDeps }): HostModule {
  const db = new DatabaseSync(":memory:", { limits: { attach: 0 }, defensive: true });
  const stopVirtualTime = installVirtualTimeInSql(db, () => opts.deps.now());
  installSeededRandomInSql(db);
  let denials: Denials;
  try {
    prepareDatabase(db);
    if (opts.sql) db.exec(opts.sql);
    denials = lockDatabase(db);
  } catch (err) {
    db.close();
    stopVirtualTime();
    throw new Error(`fixture SQL failed: ${(err as Error).message}`, { cause: err });
  }
  const log = new QueryLog();
  const failures = new FailRules();
  /**
   * Prepared statements by SQL text: code runs the same few statements many times. Reusing
   * one skips the parse and the authorizer, which is sound: the authorizer's answer depends
   * on the statement's text alone, and SQLite re-prepares (consulting it again) a statement
   * whose schema changed. Bounded, so distinct SQL cannot grow host memory.
   */
  const statements = new Lru<StatementSync>(STATEMENT_CACHE_SIZE);
  let closed = false;

  /** SQLite's message for the learner, or the authorizer's reason; never a stack or a path. */
  function toWorldError(err: unknown): WorldError {
    if (err instanceof WorldError) return err;
    const why = denials.last;
    denials.last = null;
    if (why) return new WorldError(why);
    const e = err as { code?: unknown; errcode?: unknown; message?: unknown };
    if (e.errcode === SQLITE_FULL) {
      return new WorldError(`database is full (it may hold ${DB_MAX_BYTES / 1024 / 1024} MiB)`);
    }
    if (e.code === "ERR_SQLITE_ERROR" && typeof e.message === "string")
      return new WorldError(e.message);
    return new WorldError("the statement failed");
  }

  function prepare(sql: string): StatementSync {
    denials.last = null;
    const cached = statements.get(sql);
    if (cached) return cached;
    try {
      const stmt = db.prepare(sql);
      stmt.setReadBigInts(true); // exact int64; fromSqlValue narrows safe ones to numbers
      statements.set(sql, stmt);
      return stmt;
    } catch (err) {
      throw toWorldError(err);
    }
  }

  /** Reads rows lazily so that a cap (or an endless recursive CTE with LIMIT) stops early. */
  function readRows(stmt: StatementSync, params: SQLInputValue[]): Row[] {
    const rows: Row[] = [];
    let bytes = 0;
    const it = stmt.iterate(...params);
    try {
      for (let next = it.next(); !next.done; next = it.next()) {
        if (rows.length >= opts.limits.sqlRows) {
          throw new WorldError(
            `result too large: more than ${opts.limits.sqlRows} rows; add LIMIT or paginate`,
          );
        }
        // Null prototype: a column named __proto__ stays a plain column.
        const row: Row = Object.create(null);
        for (const [key, raw] of Object.entries(next.value as Record<string, unknown>)) {
          const value = fromSqlValue(raw);
          row[key] = value;
          bytes += key.length + (typeof value === "string" ? value.length : 8);
        }
        if (bytes > opts.limits.sqlBytes) {
          throw new WorldError(
            `result too large: more than ${opts.limits.sqlBytes} bytes; select fewer columns, add LIMIT or paginate`,
          );
        }
        rows.push(row);
      }
    } catch (err) {
      throw toWorldError(err);
    } finally {
      it.return?.(); // resets the statement: an abandoned read must not block COMMIT
    }
    return rows;
  }

  function execute(sql: string, params: SQLInputValue[], firstKeyword: string) {
    const stmt = prepare(sql);
    if (stmt.columns().length > 0) {
      const rows = readRows(stmt, params);
      return { rows, rowCount: rows.length };
    }
    try {
      const { changes } = stmt.run(...params);
      return { rows: [], rowCount: WRITE_STATEMENTS.has(firstKeyword) ? Number(changes) : 0 };
    } catch (err) {
      throw toWorldError(err);
    }
  }

  /** Checks a statement and its parameters; returns what to run. */
  function check(op: string, args: unknown[]) {
    expectArgCount(args, `db.${op}`, 1, 2);
    const text = expectString(args[0], `db.${op}: sql`, SQL_LIMITS.sqlLength);
    const given =
      args[1] === undefined ? undefined : expectArray(args[1], `db.${op}: params`, MAX_PLACEHOLDER);
    const params = (given ?? []).map(toSqlValue);
    const analyzed = analyzeSql(text);
    if (REFUSED_STATEMENTS.has(analyzed.firstKeyword)) {
      throw new WorldError(
        `${analyzed.firstKeyword} is not available: use the one in-memory database you have`,
      );
    }
    // explain() may omit the parameters (they plan as NULL); a query must pass them all.
    if (op === "query" || params.length > 0) {
      if (params.length !== analyzed.paramCount) {
        throw new WorldError(
          `the statement uses ${analyzed.paramCount} parameter(s) but ${params.length} were given`,
        );
      }
    }
    return { text, params, analyzed };
  }

  function query(args: unknown[], caller: Caller): CallOutcome {
    const { text, params, analyzed } = check("query", args);
    if (caller === "learner") {
      log.record(
        text,
        params.map((p) => (typeof p === "bigint" ? String(p) : p) as LoggedParam),
      );
      failures.check(text);
    }
    const value = execute(analyzed.sql, params, analyzed.firstKeyword);
    return { value, latencyMs: dbLatency(value.rows.length), detail: truncateForTrace(text) };
  }

  function explain(args: unknown[]): CallOutcome {
    const { text, params, analyzed } = check("explain", args);
    if (analyzed.firstKeyword === "EXPLAIN")
      throw new WorldError("db.explain: pass the statement without EXPLAIN");
    const { rows } = execute(`EXPLAIN QUERY PLAN ${analyzed.sql}`, params, "EXPLAIN");
    const value = rows.map((r) => ({ detail: String(r.detail) }));
    return { value, latencyMs: LATENCY.db, detail: truncateForTrace(`EXPLAIN QUERY PLAN ${text}`) };
  }

  const none = (value: unknown, detail: string): CallOutcome => ({ value, latencyMs: 0, detail });

  return {
    call(op, args, caller) {
      if (closed) throw new WorldError("the database is closed");
      if (!Array.isArray(args)) throw new WorldError("db: arguments must be an array");
      if (op === "query") return query(args, caller);
      if (caller === "test") {
        if (op === "queryCount") return none(log.count, "queryCount");
        if (op === "queries") return none(log.list(), "queries");
        if (op === "resetCounters") return none((log.reset(), undefined), "resetCounters");
        if (op === "explain") return explain(args);
        if (op === "failOn") return none((failures.add(args), undefined), "failOn");
      }
      throw new WorldError(`db.${String(op).slice(0, 40)} is not a function`);
    },
    close() {
      if (closed) return;
      closed = true;
      db.close();
      stopVirtualTime();
    },
  };
}
