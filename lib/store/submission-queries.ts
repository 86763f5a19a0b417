// Reading kept submissions: one by id, and a learner's history a page at a time (keyset on
// created_at, id: stable while new runs arrive, and served by the user/exercise/time index).
import type { Kysely } from "kysely";
import type { Page } from "./cursor.ts";
import { toPage } from "./cursor.ts";
import type { Database } from "./schema.ts";
import { fromRow } from "./submissions.ts";
import type { Submission } from "./submissions.ts";

export async function getSubmission(db: Kysely<Database>, id: string): Promise<Submission | null> {
  const row = await db
    .selectFrom("submissions")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? fromRow(row) : null;
}

export type SubmissionSummary = Omit<Submission, "files" | "tests"> & {
  passedTests: number;
  totalTests: number;
};

export async function pageSubmissions(
  db: Kysely<Database>,
  query: { userId: string; exerciseId?: string; after?: [string, string]; limit: number },
): Promise<Page<SubmissionSummary>> {
  let q = db.selectFrom("submissions").selectAll().where("user_id", "=", query.userId);
  if (query.exerciseId !== undefined) q = q.where("exercise_id", "=", query.exerciseId);
  if (query.after) {
    const [createdAt, id] = query.after;
    q = q.where((eb) =>
      eb.or([
        eb("created_at", "<", createdAt),
        eb.and([eb("created_at", "=", createdAt), eb("id", "<", id)]),
      ]),
    );
  }
  const rows = await q
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(query.limit + 1)
    .execute();
  const summaries = rows.map(fromRow).map(({ files: _files, tests, ...rest }) => ({
    ...rest,
    passedTests: tests.filter((t) => t.status === "passed").length,
    totalTests: tests.length,
  }));
  return toPage(summaries, query.limit, (s) => [s.createdAt, s.id]);
}
