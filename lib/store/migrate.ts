// Runs the store's migrations, written once in dialect-neutral Kysely, listed here in order.
// New migrations: add a file NNN-name.ts in ./migrations and one line below; never edit one
// that has shipped.
import { PostgresAdapter, sql } from "kysely";
import type { Kysely } from "kysely";
import { Migrator } from "kysely/migration";
import type { Migration } from "kysely/migration";
import * as submissions from "./migrations/001-submissions.ts";
import * as auth from "./migrations/002-auth.ts";
import * as progress from "./migrations/003-progress.ts";

const MIGRATIONS: Record<string, Migration> = {
  "001-submissions": submissions,
  "002-auth": auth,
  "003-progress": progress,
};

export interface MigrationReport {
  applied: string[];
}

export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationReport> {
  // On PostgreSQL, name the schema of the bookkeeping tables: otherwise Kysely takes a
  // kysely_migration table in ANY schema of the database (another app's, a parallel test's)
  // as ours and then fails to find it in our search_path.
  const schema =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
          ?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === "Error");
  if (error || failed) {
    const which = failed ? ` (${failed.migrationName})` : "";
    throw new Error(`store migration failed${which}`, { cause: error });
  }
  return { applied: results.filter((r) => r.status === "Success").map((r) => r.migrationName) };
}
