// SQL's notion of "now" follows the run's VIRTUAL clock, like everything else in the world:
// `CURRENT_TIMESTAMP`, `datetime('now')`, `unixepoch()` ... answer `deps.now()`, so a query such
// as `WHERE expires_at > datetime('now')` is graded on virtual time, deterministically.
// SQLite reads "now" from its VFS, which node:sqlite does not let us replace; instead the date
// and time functions are overridden on the learner's connection (application functions take
// precedence over built-ins, CURRENT_* keywords included) and each call is answered by the
// real built-in on a second, empty connection, with "now" replaced by the virtual instant.
import { DatabaseSync, type SQLInputValue, type StatementSync } from "node:sqlite";

/** Built-in -> index of its time-value argument (strftime's first argument is the format). */
const DATE_FUNCTIONS: Record<string, number> = {
  date: 0,
  time: 0,
  datetime: 0,
  julianday: 0,
  unixepoch: 0,
  strftime: 1,
};
const CURRENT_KEYWORDS: Record<string, string> = {
  current_timestamp: "datetime",
  current_date: "date",
  current_time: "time",
};

/** "2026-01-01 12:00:00.000", the form SQLite's date functions read. */
function sqliteTime(ms: number): string {
  return new Date(ms).toISOString().replace("T", " ").replace("Z", "");
}

/** Installs the virtual-time date functions; returns a function that frees the helper. */
export function installVirtualTimeInSql(db: DatabaseSync, now: () => number): () => void {
  const builtins = new DatabaseSync(":memory:");
  const statements = new Map<string, StatementSync>();
  const evaluate = (name: string, args: SQLInputValue[]): SQLInputValue => {
    const key = `${name}/${args.length}`;
    let stmt = statements.get(key);
    if (!stmt) {
      stmt = builtins.prepare(`SELECT ${name}(${args.map(() => "?").join(", ")}) AS v`);
      statements.set(key, stmt);
    }
    return (stmt.get(...args) as { v: SQLInputValue }).v;
  };
  const options = { varargs: true, deterministic: true, useBigIntArguments: true };
  for (const [name, timeArg] of Object.entries(DATE_FUNCTIONS)) {
    db.function(name, options, (...args: SQLInputValue[]) => {
      const fixed = [...args];
      // No time value means "now", as does the string 'now' in any case.
      if (fixed.length <= timeArg) fixed.push(sqliteTime(now()));
      const value = fixed[timeArg];
      if (typeof value === "string" && value.toLowerCase() === "now")
        fixed[timeArg] = sqliteTime(now());
      return evaluate(name, fixed);
    });
  }
  for (const [keyword, builtin] of Object.entries(CURRENT_KEYWORDS)) {
    db.function(keyword, { deterministic: true }, () => evaluate(builtin, [sqliteTime(now())]));
  }
  return () => builtins.close();
}
