// A signed-in learner's progress: each exercise's status and best result, the tests of each
// submission (so "which tests fail most" is a grouped count, not JSON parsing), quiz attempts
// with per-question correctness, and lessons completed. Indexes serve the learner's own reads
// (user first) and the instructor analytics (exercise, quiz or question first).
// user_id has no foreign key, like submissions.user_id: progress rows are keyed by the id the
// session gave, and a learner's history outlives any later change to the auth tables.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("exercise_progress")
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("exercise_id", "varchar(255)", (c) => c.notNull())
    // "attempted" | "passed"; once passed, stays passed.
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("best_passed_tests", "integer", (c) => c.notNull())
    .addColumn("best_total_tests", "integer", (c) => c.notNull())
    // Runs graded on the server while signed in (one submission each).
    .addColumn("attempts", "integer", (c) => c.notNull())
    // Runs made before signing in, merged from the browser: the largest count seen, so merging
    // the same browser twice counts them once.
    .addColumn("browser_attempts", "integer", (c) => c.notNull())
    .addColumn("first_passed_at", "varchar(32)")
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("exercise_progress_pk", ["user_id", "exercise_id"])
    .execute();
  await db.schema
    .createIndex("exercise_progress_exercise_status")
    .on("exercise_progress")
    .columns(["exercise_id", "status"])
    .execute();

  await db.schema
    .createTable("submission_tests")
    .addColumn("submission_id", "varchar(36)", (c) =>
      c.notNull().references("submissions.id").onDelete("cascade"),
    )
    .addColumn("exercise_id", "varchar(255)", (c) => c.notNull())
    .addColumn("test_name", "varchar(500)", (c) => c.notNull())
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .execute();
  // "Failed tests per exercise by name": status first, so the failures are one index range,
  // already ordered for the grouping, never touching the table.
  await db.schema
    .createIndex("submission_tests_status_exercise_name")
    .on("submission_tests")
    .columns(["status", "exercise_id", "test_name"])
    .execute();
  await db.schema
    .createIndex("submission_tests_submission")
    .on("submission_tests")
    .column("submission_id")
    .execute();
  // Per exercise totals (runs, learners, passes) from the index alone.
  await db.schema
    .createIndex("submissions_exercise_user_verdict")
    .on("submissions")
    .columns(["exercise_id", "user_id", "verdict"])
    .execute();
  // Each learner's first pass per exercise, for "median attempts to pass".
  await db.schema
    .createIndex("submissions_verdict_user_exercise_created")
    .on("submissions")
    .columns(["verdict", "user_id", "exercise_id", "created_at"])
    .execute();

  await db.schema
    .createTable("quiz_attempts")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("quiz_id", "varchar(255)", (c) => c.notNull())
    .addColumn("score", "integer", (c) => c.notNull())
    .addColumn("total", "integer", (c) => c.notNull())
    // "server": scored here; "browser": a best score merged from before signing in (one per quiz).
    .addColumn("source", "varchar(16)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("quiz_attempts_user_quiz_created")
    .on("quiz_attempts")
    .columns(["user_id", "quiz_id", "created_at"])
    .execute();

  await db.schema
    .createTable("quiz_attempt_answers")
    .addColumn("attempt_id", "varchar(36)", (c) =>
      c.notNull().references("quiz_attempts.id").onDelete("cascade"),
    )
    .addColumn("quiz_id", "varchar(255)", (c) => c.notNull())
    .addColumn("question_id", "varchar(255)", (c) => c.notNull())
    .addColumn("correct", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("quiz_attempt_answers_quiz_question")
    .on("quiz_attempt_answers")
    .columns(["quiz_id", "question_id", "correct"])
    .execute();
  await db.schema
    .createIndex("quiz_attempt_answers_attempt")
    .on("quiz_attempt_answers")
    .column("attempt_id")
    .execute();

  await db.schema
    .createTable("lesson_completions")
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("lesson_id", "varchar(255)", (c) => c.notNull())
    .addColumn("completed_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("lesson_completions_pk", ["user_id", "lesson_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "lesson_completions",
    "quiz_attempt_answers",
    "quiz_attempts",
    "submission_tests",
    "exercise_progress",
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex("submissions_exercise_user_verdict").execute();
  await db.schema.dropIndex("submissions_verdict_user_exercise_created").execute();
}
