// Graded runs kept for signed-in learners.
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { TestResult, Verdict } from "sandbox-runtime";
import type { Database } from "./schema.ts";

export interface Submission {
  id: string;
  userId: string | null;
  exerciseId: string;
  files: Record<string, string>;
  verdict: Verdict;
  tests: TestResult[];
  createdAt: string;
  durationMs: number;
}

export type NewSubmission = Omit<Submission, "id" | "createdAt"> & { createdAt?: Date };

export async function insertSubmission(
  db: Kysely<Database>,
  input: NewSubmission,
): Promise<Submission> {
  const row = {
    id: randomUUID(),
    user_id: input.userId,
    exercise_id: input.exerciseId,
    files: JSON.stringify(input.files),
    verdict: input.verdict,
    tests: JSON.stringify(input.tests),
    created_at: (input.createdAt ?? new Date()).toISOString(),
    duration_ms: Math.round(input.durationMs),
  };
  await db.insertInto("submissions").values(row).execute();
  return fromRow(row);
}

/** A learner's submissions, newest first; one exercise's when exerciseId is given. */
export async function listSubmissions(
  db: Kysely<Database>,
  query: { userId: string; exerciseId?: string; limit?: number },
): Promise<Submission[]> {
  let q = db.selectFrom("submissions").selectAll().where("user_id", "=", query.userId);
  if (query.exerciseId !== undefined) q = q.where("exercise_id", "=", query.exerciseId);
  const rows = await q
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(query.limit ?? 50)
    .execute();
  return rows.map(fromRow);
}

export function fromRow(row: Database["submissions"]): Submission {
  return {
    id: row.id,
    userId: row.user_id,
    exerciseId: row.exercise_id,
    files: JSON.parse(row.files) as Record<string, string>,
    verdict: row.verdict as Verdict,
    tests: JSON.parse(row.tests) as TestResult[],
    createdAt: row.created_at,
    durationMs: Number(row.duration_ms),
  };
}
