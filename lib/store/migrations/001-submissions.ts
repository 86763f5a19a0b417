// Graded runs of signed-in learners: the history and progress pages read these.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("submissions")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("user_id", "varchar(255)")
    .addColumn("exercise_id", "varchar(255)", (c) => c.notNull())
    .addColumn("files", "text", (c) => c.notNull())
    .addColumn("verdict", "varchar(32)", (c) => c.notNull())
    .addColumn("tests", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("duration_ms", "integer", (c) => c.notNull())
    .execute();
  // "My attempts at this exercise, newest first" and "my recent activity".
  await db.schema
    .createIndex("submissions_user_exercise_created")
    .on("submissions")
    .columns(["user_id", "exercise_id", "created_at"])
    .execute();
  // Per-exercise statistics across learners.
  await db.schema
    .createIndex("submissions_exercise_created")
    .on("submissions")
    .columns(["exercise_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("submissions").execute();
}
