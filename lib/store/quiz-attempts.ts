// Quiz attempts of signed-in learners: each scored attempt with which questions it got right
// (for the instructors' "share answered correctly"), and at most one best score per quiz merged
// from the browser's record before sign-in.
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

export interface QuizAttemptInput {
  userId: string;
  quizId: string;
  score: number;
  total: number;
  results: Array<{ questionId: string; correct: boolean }>;
  at?: Date;
}

export interface QuizProgressRow {
  quizId: string;
  bestScore: number;
  total: number;
  attempts: number;
  lastAttemptAt: string;
}

export async function recordQuizAttempt(
  db: Kysely<Database>,
  input: QuizAttemptInput,
): Promise<{ attemptId: string }> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("quiz_attempts")
      .values({
        id,
        user_id: input.userId,
        quiz_id: input.quizId,
        score: input.score,
        total: input.total,
        source: "server",
        created_at: (input.at ?? new Date()).toISOString(),
      })
      .execute();
    if (input.results.length > 0) {
      await trx
        .insertInto("quiz_attempt_answers")
        .values(
          input.results.map((r) => ({
            attempt_id: id,
            quiz_id: input.quizId,
            question_id: r.questionId,
            correct: r.correct ? 1 : 0,
          })),
        )
        .execute();
    }
  });
  return { attemptId: id };
}

/** Keeps the browser's best score for a quiz: one row per learner and quiz, raised, never added. */
export async function mergeBrowserQuiz(
  db: Kysely<Database>,
  input: { userId: string; quizId: string; score: number; total: number; at: Date },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("quiz_attempts")
      .select(["id", "score"])
      .where("user_id", "=", input.userId)
      .where("quiz_id", "=", input.quizId)
      .where("source", "=", "browser")
      .executeTakeFirst();
    if (!existing) {
      await trx
        .insertInto("quiz_attempts")
        .values({
          id: randomUUID(),
          user_id: input.userId,
          quiz_id: input.quizId,
          score: input.score,
          total: input.total,
          source: "browser",
          created_at: input.at.toISOString(),
        })
        .execute();
    } else if (input.score > Number(existing.score)) {
      await trx
        .updateTable("quiz_attempts")
        .set({ score: input.score, total: input.total })
        .where("id", "=", existing.id)
        .execute();
    }
  });
}

/** Per quiz: the best score, the number of attempts, and the latest. */
export async function listQuizProgress(
  db: Kysely<Database>,
  userId: string,
): Promise<QuizProgressRow[]> {
  const rows = await db
    .selectFrom("quiz_attempts")
    .select((eb) => [
      "quiz_id",
      eb.fn.max("score").as("best"),
      eb.fn.max("total").as("total"),
      eb.fn.countAll().as("attempts"),
      eb.fn.max("created_at").as("last"),
    ])
    .where("user_id", "=", userId)
    .groupBy("quiz_id")
    .orderBy("quiz_id")
    .execute();
  return rows.map((r) => ({
    quizId: r.quiz_id,
    bestScore: Number(r.best),
    total: Number(r.total),
    attempts: Number(r.attempts),
    lastAttemptAt: String(r.last),
  }));
}
