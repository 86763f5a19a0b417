// The store: Kysely over an embedded SQLite file by default, PostgreSQL when DATABASE_URL is
// set (for several app instances sharing one database).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { Database } from "./schema.ts";

export type StoreDialect = "sqlite" | "postgres";

export interface Store {
  db: Kysely<Database>;
  dialect: StoreDialect;
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Where pillars.db lives when no databaseUrl is given. */
  dataDir: string;
  /** postgres:// URL; when present, SQLite is not used. */
  databaseUrl?: string;
  /** Called when an idle PostgreSQL connection fails (it would otherwise crash the process). */
  onPoolError?: (error: Error) => void;
}

export function openStore(options: StoreOptions): Store {
  const db = options.databaseUrl
    ? new Kysely<Database>({ dialect: postgres(options.databaseUrl, options.onPoolError) })
    : new Kysely<Database>({ dialect: sqlite(options.dataDir) });
  return {
    db,
    dialect: options.databaseUrl ? "postgres" : "sqlite",
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

function sqlite(dataDir: string): SqliteDialect {
  mkdirSync(dataDir, { recursive: true });
  const file = new BetterSqlite3(join(dataDir, "pillars.db"));
  // WAL: readers never block the writer. foreign_keys is off by default in SQLite.
  // busy_timeout: wait for a lock held by another connection instead of failing at once.
  file.pragma("journal_mode = WAL");
  file.pragma("foreign_keys = ON");
  file.pragma("busy_timeout = 5000");
  file.pragma("synchronous = NORMAL");
  return new SqliteDialect({ database: file });
}

function postgres(url: string, onPoolError?: (error: Error) => void): PostgresDialect {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on("error", (error) => onPoolError?.(error));
  return new PostgresDialect({ pool });
}
