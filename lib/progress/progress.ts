// A learner's whole progress, as the dashboard and instructors read it, and the merge of what
// the browser kept before sign-in (components/progress/progress-store.ts has that shape).
import { z } from "zod";
import type { Kysely } from "kysely";
import { contentId } from "../content/schemas.ts";
import type { Database } from "../store/schema.ts";
import {
  completeLesson,
  listCompletedLessons,
  listExerciseProgress,
  mergeBrowserExercise,
} from "../store/progress.ts";
import type { ExerciseProgressRow } from "../store/progress.ts";
import { listQuizProgress, mergeBrowserQuiz } from "../store/quiz-attempts.ts";
import type { QuizProgressRow } from "../store/quiz-attempts.ts";

export interface LearnerProgress {
  exercises: ExerciseProgressRow[];
  quizzes: QuizProgressRow[];
  lessons: Array<{ lessonId: string; completedAt: string }>;
}

export async function getProgress(db: Kysely<Database>, userId: string): Promise<LearnerProgress> {
  const [exercises, quizzes, lessons] = await Promise.all([
    listExerciseProgress(db, userId),
    listQuizProgress(db, userId),
    listCompletedLessons(db, userId),
  ]);
  return { exercises, quizzes, lessons };
}

const MAX_ITEMS = 1000;
const count = z.number().int().min(0).max(1_000_000);

/** What the browser sends: its localStorage progress, bounded. Unknown fields are ignored. */
export const mergeBodySchema = z.object({
  exercises: z
    .record(contentId, z.object({ attempts: count, passed: z.boolean() }))
    .refine((r) => Object.keys(r).length <= MAX_ITEMS, `at most ${MAX_ITEMS} exercises`)
    .default({}),
  quizzes: z
    .record(
      contentId,
      z
        .object({ score: count, total: count.min(1) })
        .refine((q) => q.score <= q.total, "score must not exceed total"),
    )
    .refine((r) => Object.keys(r).length <= MAX_ITEMS, `at most ${MAX_ITEMS} quizzes`)
    .default({}),
  lessons: z.array(contentId).max(MAX_ITEMS).default([]),
});
export type MergeBody = z.output<typeof mergeBodySchema>;

/** Ids the course knows; anything else in the browser's record (an old exercise) is skipped. */
export interface KnownIds {
  exercises: ReadonlySet<string>;
  quizzes: ReadonlyMap<string, number>;
  lessons: ReadonlySet<string>;
}

export interface MergeReport {
  merged: { exercises: number; quizzes: number; lessons: number };
  skipped: string[];
}

export async function mergeBrowserProgress(
  db: Kysely<Database>,
  userId: string,
  body: MergeBody,
  known: KnownIds,
  at: Date = new Date(),
): Promise<MergeReport> {
  const skipped: string[] = [];
  const report = { exercises: 0, quizzes: 0, lessons: 0 };
  for (const [exerciseId, e] of Object.entries(body.exercises)) {
    if (!known.exercises.has(exerciseId)) {
      skipped.push(exerciseId);
      continue;
    }
    await mergeBrowserExercise(db, { userId, exerciseId, ...e, at });
    report.exercises++;
  }
  for (const [quizId, q] of Object.entries(body.quizzes)) {
    const questions = known.quizzes.get(quizId);
    // A score out of a different number of questions is from an older version of the quiz.
    if (questions === undefined || questions !== q.total) {
      skipped.push(quizId);
      continue;
    }
    await mergeBrowserQuiz(db, { userId, quizId, ...q, at });
    report.quizzes++;
  }
  for (const lessonId of new Set(body.lessons)) {
    if (!known.lessons.has(lessonId)) {
      skipped.push(lessonId);
      continue;
    }
    await completeLesson(db, userId, lessonId, at);
    report.lessons++;
  }
  return { merged: report, skipped: skipped.slice(0, 50) };
}
