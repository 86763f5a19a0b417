// The store's tables as Kysely sees them. Migrations in ./migrations create exactly these.
// Auth tables (users, sessions) belong to better-auth and are declared by the auth work.
export interface SubmissionsTable {
  id: string;
  /** Null is allowed for runs kept without an account; today only signed-in runs are stored. */
  user_id: string | null;
  exercise_id: string;
  /** JSON: the learner's files, { path: source }. */
  files: string;
  verdict: string;
  /** JSON: TestResult[]. */
  tests: string;
  /** ISO-8601 UTC text: sorts correctly and reads the same on SQLite and PostgreSQL. */
  created_at: string;
  duration_ms: number;
}

export interface Database {
  submissions: SubmissionsTable;
}
