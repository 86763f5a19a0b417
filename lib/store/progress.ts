// A signed-in learner's progress: each graded run (a submission with its tests) updates the
// exercise's status and best result in the same transaction; lessons completed. Upserts use
// ON CONFLICT (SQLite and PostgreSQL both have it), so two runs at once cannot lose a count.
import { sql } from "kysely";
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";
import { insertSubmission } from "./submissions.ts";
import type { NewSubmission, Submission } from "./submissions.ts";

export interface ExerciseProgressRow {
  exerciseId: string;
  status: "attempted" | "passed";
  bestPassedTests: number;
  bestTotalTests: number;
  /** Server-graded runs plus runs merged from the browser. */
  attempts: number;
  firstPassedAt: string | null;
  updatedAt: string;
}

type Upsert = Omit<Database["exercise_progress"], "first_passed_at"> & {
  first_passed_at: string | null;
};

const keepBest = (column: "best_passed_tests" | "best_total_tests") =>
  sql<number>`case when excluded.best_passed_tests > exercise_progress.best_passed_tests
    then excluded.${sql.ref(column)} else exercise_progress.${sql.ref(column)} end`;

/**
 * Inserts or folds one observation into a learner's row for an exercise. A run `touch`es the
 * row's updated_at; a merge does not, so merging the same record twice changes nothing.
 */
async function upsertExerciseProgress(
  db: Kysely<Database>,
  row: Upsert,
  touch: boolean,
): Promise<void> {
  await db
    .insertInto("exercise_progress")
    .values(row)
    .onConflict((oc) =>
      oc.columns(["user_id", "exercise_id"]).doUpdateSet({
        status: sql`case when exercise_progress.status = 'passed' or excluded.status = 'passed'
          then 'passed' else 'attempted' end`,
        best_passed_tests: keepBest("best_passed_tests"),
        best_total_tests: keepBest("best_total_tests"),
        attempts: sql`exercise_progress.attempts + excluded.attempts`,
        browser_attempts: sql`case when excluded.browser_attempts > exercise_progress.browser_attempts
          then excluded.browser_attempts else exercise_progress.browser_attempts end`,
        first_passed_at: sql`coalesce(exercise_progress.first_passed_at, excluded.first_passed_at)`,
        updated_at: touch ? sql`excluded.updated_at` : sql`exercise_progress.updated_at`,
      }),
    )
    .execute();
}

/** Keeps a signed-in learner's graded run: the submission, its tests, and their progress. */
export async function recordSubmission(
  db: Kysely<Database>,
  input: NewSubmission & { userId: string },
): Promise<Submission> {
  return db.transaction().execute(async (trx) => {
    const submission = await insertSubmission(trx, input);
    if (input.tests.length > 0) {
      await trx
        .insertInto("submission_tests")
        .values(
          input.tests.map((t) => ({
            submission_id: submission.id,
            exercise_id: input.exerciseId,
            test_name: t.name.slice(0, 500),
            status: t.status,
          })),
        )
        .execute();
    }
    const passed = input.verdict === "passed";
    await upsertExerciseProgress(
      trx,
      {
        user_id: input.userId,
        exercise_id: input.exerciseId,
        status: passed ? "passed" : "attempted",
        best_passed_tests: input.tests.filter((t) => t.status === "passed").length,
        best_total_tests: input.tests.length,
        attempts: 1,
        browser_attempts: 0,
        first_passed_at: passed ? submission.createdAt : null,
        updated_at: submission.createdAt,
      },
      true,
    );
    return submission;
  });
}

/**
 * Folds what the browser recorded before sign-in into the account. Idempotent: a browser's
 * attempts count as the largest number it ever reported, never added twice.
 */
export async function mergeBrowserExercise(
  db: Kysely<Database>,
  input: { userId: string; exerciseId: string; attempts: number; passed: boolean; at: Date },
): Promise<void> {
  const at = input.at.toISOString();
  await upsertExerciseProgress(
    db,
    {
      user_id: input.userId,
      exercise_id: input.exerciseId,
      status: input.passed ? "passed" : "attempted",
      best_passed_tests: 0,
      best_total_tests: 0,
      attempts: 0,
      browser_attempts: input.attempts,
      first_passed_at: input.passed ? at : null,
      updated_at: at,
    },
    false,
  );
}

export async function listExerciseProgress(
  db: Kysely<Database>,
  userId: string,
): Promise<ExerciseProgressRow[]> {
  const rows = await db
    .selectFrom("exercise_progress")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("exercise_id")
    .execute();
  return rows.map((r) => ({
    exerciseId: r.exercise_id,
    status: r.status,
    bestPassedTests: Number(r.best_passed_tests),
    bestTotalTests: Number(r.best_total_tests),
    attempts: Number(r.attempts) + Number(r.browser_attempts),
    firstPassedAt: r.first_passed_at,
    updatedAt: r.updated_at,
  }));
}

export async function completeLesson(
  db: Kysely<Database>,
  userId: string,
  lessonId: string,
  at: Date = new Date(),
): Promise<void> {
  await db
    .insertInto("lesson_completions")
    .values({ user_id: userId, lesson_id: lessonId, completed_at: at.toISOString() })
    .onConflict((oc) => oc.columns(["user_id", "lesson_id"]).doNothing())
    .execute();
}

export async function uncompleteLesson(
  db: Kysely<Database>,
  userId: string,
  lessonId: string,
): Promise<void> {
  await db
    .deleteFrom("lesson_completions")
    .where("user_id", "=", userId)
    .where("lesson_id", "=", lessonId)
    .execute();
}

export async function listCompletedLessons(
  db: Kysely<Database>,
  userId: string,
): Promise<Array<{ lessonId: string; completedAt: string }>> {
  const rows = await db
    .selectFrom("lesson_completions")
    .select(["lesson_id", "completed_at"])
    .where("user_id", "=", userId)
    .orderBy("lesson_id")
    .execute();
  return rows.map((r) => ({ lessonId: r.lesson_id, completedAt: r.completed_at }));
}

/** The learner has run this exercise at least once (on the server, or in the browser, merged). */
export async function hasTriedExercise(
  db: Kysely<Database>,
  userId: string,
  exerciseId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("exercise_progress")
    .select("user_id")
    .where("user_id", "=", userId)
    .where("exercise_id", "=", exerciseId)
    .executeTakeFirst();
  return row !== undefined;
}
