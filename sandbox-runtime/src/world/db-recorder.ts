// What tests observe and inject about the learner's statements: the statement log behind
// queryCount() / queries(), and the failOn() rules. Only the learner's own statements are
// logged and failed: a test that queries the database to check a result neither counts
// towards queryCount() nor trips its own injected failure.
import { expectInteger, expectOptions, expectString, isPlainObject } from "./args.ts";
import { WorldError } from "./types.ts";

export type LoggedParam = string | number | boolean | null;

/** The log keeps the newest statements within this many characters (SQL plus parameters). */
export const QUERY_LOG_MAX_CHARS = 4 * 1024 * 1024;
const MAX_FAIL_RULES = 50;
const DEFAULT_FAILURE = "Connection terminated unexpectedly";

export class QueryLog {
  count = 0;
  private entries: { sql: string; params: LoggedParam[]; size: number }[] = [];
  private chars = 0;

  record(sql: string, params: LoggedParam[]): void {
    this.count++;
    const size = sql.length + params.reduce<number>((n, p) => n + String(p).length, 0);
    this.entries.push({ sql, params, size });
    this.chars += size;
    while (this.chars > QUERY_LOG_MAX_CHARS && this.entries.length > 1) {
      this.chars -= this.entries.shift()!.size;
    }
  }

  list(): { sql: string; params: LoggedParam[] }[] {
    return this.entries.map((e) => ({ sql: e.sql, params: [...e.params] }));
  }

  reset(): void {
    this.count = 0;
    this.entries = [];
    this.chars = 0;
  }
}

interface FailRule {
  matches(sql: string): boolean;
  message: string;
  remaining: number;
}

/** Builds a matcher from a string (case-insensitive substring) or a copied RegExp `{source, flags}`. */
function toMatcher(pattern: unknown): (sql: string) => boolean {
  if (typeof pattern === "string") {
    const needle = expectString(pattern, "db.failOn: pattern", 1000).toLowerCase();
    return (sql) => sql.toLowerCase().includes(needle);
  }
  if (isPlainObject(pattern)) {
    const o = expectOptions(pattern, "db.failOn: pattern", ["source", "flags"]);
    const source = expectString(o.source, "db.failOn: pattern.source", 1000);
    // g and y make test() stateful (lastIndex): drop them, matching is per statement.
    const flags = expectString(o.flags ?? "", "db.failOn: pattern.flags", 8).replace(/[gy]/g, "");
    if (!/^[imsu]*$/.test(flags)) throw new WorldError("db.failOn: unsupported RegExp flags");
    let re: RegExp;
    try {
      re = new RegExp(source, flags);
    } catch {
      throw new WorldError("db.failOn: the pattern is not a valid regular expression");
    }
    return (sql) => re.test(sql);
  }
  throw new WorldError("db.failOn: pattern must be a string or a RegExp");
}

export class FailRules {
  private rules: FailRule[] = [];

  add(args: unknown[]): void {
    if (this.rules.length >= MAX_FAIL_RULES) throw new WorldError("db.failOn: too many rules");
    const matches = toMatcher(args[0]);
    const message =
      args[1] === undefined ? DEFAULT_FAILURE : expectString(args[1], "db.failOn: message", 500);
    const times =
      args[2] === undefined ? 1 : expectInteger(args[2], "db.failOn: times", 1, 1_000_000);
    this.rules.push({ matches, message, remaining: times });
  }

  /** Throws the injected failure if a rule with tries left matches, using up one try. */
  check(sql: string): void {
    const rule = this.rules.find((r) => r.remaining > 0 && r.matches(sql));
    if (!rule) return;
    rule.remaining--;
    throw new WorldError(rule.message);
  }
}
