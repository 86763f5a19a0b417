// What the learner's SQLite database refuses, enforced by SQLite itself: run limits
// (sqlite3_limit) and an authorizer (sqlite3_set_authorizer) consulted for every action of
// every statement while it compiles. The lexer's refusals in db.ts come first and give nicer
// messages; this is the layer that holds even if the lexer is wrong.
// See docs/decisions/003-learner-database.md for why node:sqlite and not better-sqlite3.
import { constants, type DatabaseSync } from "node:sqlite";

/** The database may grow to this many bytes (pages of 4 KiB); past it inserts fail "full". */
export const DB_MAX_BYTES = 64 * 1024 * 1024;
const PAGE_SIZE = 4096;

/** SQLite limits for learner statements (fixture SQL runs before they are set). */
export const SQL_LIMITS = {
  /** Longest string or blob a value may be, in bytes. */
  length: 1_000_000,
  /** Longest SQL text of one statement. */
  sqlLength: 100_000,
  /** Columns in a table, a result, an index, GROUP BY or ORDER BY. */
  column: 200,
  exprDepth: 100,
  compoundSelect: 50,
  functionArg: 32,
  /** No ATTACH; VACUUM needs an attached database too, so VACUUM (INTO) fails with it. */
  attach: 0,
  likePatternLength: 1_000,
  variableNumber: 999,
  triggerDepth: 16,
} as const;

/** Pragmas that only read the schema; any argument is a table or index name. */
const SCHEMA_PRAGMAS = new Set([
  "table_info",
  "table_xinfo",
  "index_list",
  "index_info",
  "index_xinfo",
  "foreign_key_list",
  "foreign_key_check",
]);
/** Pragmas that may be read, never set (their argument would be a new value). */
const READ_ONLY_PRAGMAS = new Set(["foreign_keys"]);
const DENIED_FUNCTIONS = new Set(["load_extension", "fts3_tokenizer", "readfile", "writefile"]);
const ALLOWED_VTABLE_MODULES = new Set(["fts5"]);
const TEMP_OBJECT_ACTIONS = new Set([
  constants.SQLITE_CREATE_TEMP_INDEX,
  constants.SQLITE_CREATE_TEMP_TABLE,
  constants.SQLITE_CREATE_TEMP_TRIGGER,
  constants.SQLITE_CREATE_TEMP_VIEW,
]);

/** Settings applied before fixture SQL runs: size cap, foreign keys like pg. */
export function prepareDatabase(db: DatabaseSync): void {
  db.exec(`PRAGMA page_size = ${PAGE_SIZE}`);
  db.exec(`PRAGMA max_page_count = ${DB_MAX_BYTES / PAGE_SIZE}`);
  db.exec("PRAGMA foreign_keys = ON");
}

/** Why the authorizer last said no, so the error can say it (SQLite only says "not authorized"). */
export interface Denials {
  last: string | null;
}

/** Applies the limits and installs the authorizer; from now on learner rules hold. */
export function lockDatabase(db: DatabaseSync): Denials {
  Object.assign(db.limits, SQL_LIMITS);
  const denials: Denials = { last: null };
  const deny = (why: string) => {
    denials.last = why;
    return constants.SQLITE_DENY;
  };
  db.setAuthorizer((action, arg1, arg2) => {
    if (action === constants.SQLITE_ATTACH || action === constants.SQLITE_DETACH) {
      return deny("ATTACH and DETACH are not available: use the one database you have");
    }
    if (TEMP_OBJECT_ACTIONS.has(action)) {
      return deny("temporary tables, views and triggers are not available: create regular ones");
    }
    if (action === constants.SQLITE_PRAGMA) {
      const name = (arg1 ?? "").toLowerCase();
      if (SCHEMA_PRAGMAS.has(name)) return constants.SQLITE_OK;
      if (READ_ONLY_PRAGMAS.has(name) && arg2 === null) return constants.SQLITE_OK;
      return deny(
        `PRAGMA ${name.slice(0, 40)} is not available (allowed: ${[...SCHEMA_PRAGMAS, ...READ_ONLY_PRAGMAS].join(", ")}; foreign_keys read-only)`,
      );
    }
    if (action === constants.SQLITE_FUNCTION && DENIED_FUNCTIONS.has((arg2 ?? "").toLowerCase())) {
      return deny(`the function ${arg2} is not available`);
    }
    if (action === constants.SQLITE_CREATE_VTABLE && !ALLOWED_VTABLE_MODULES.has(arg2 ?? "")) {
      return deny(`virtual tables of module ${String(arg2).slice(0, 40)} are not available`);
    }
    return constants.SQLITE_OK;
  });
  return denials;
}
