// The store's tables as Kysely sees them. Migrations in ./migrations create exactly these.
// Auth tables belong to better-auth (lib/auth); only the columns our own queries read are
// declared here.
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

/** better-auth's user table (camelCase columns are better-auth's naming). */
export interface UserTable {
  id: string;
  name: string;
  email: string;
  role: string;
  /** A Date on PostgreSQL, text on SQLite. */
  createdAt: Date | string;
}

/** better-auth's session table: deleting a user's rows signs them out everywhere. */
export interface SessionTable {
  id: string;
  userId: string;
}

export interface ExerciseProgressTable {
  user_id: string;
  exercise_id: string;
  status: "attempted" | "passed";
  best_passed_tests: number;
  best_total_tests: number;
  attempts: number;
  browser_attempts: number;
  first_passed_at: string | null;
  updated_at: string;
}

export interface SubmissionTestsTable {
  submission_id: string;
  exercise_id: string;
  test_name: string;
  status: string;
}

export interface QuizAttemptsTable {
  id: string;
  user_id: string;
  quiz_id: string;
  score: number;
  total: number;
  source: "server" | "browser";
  created_at: string;
}

export interface QuizAttemptAnswersTable {
  attempt_id: string;
  quiz_id: string;
  question_id: string;
  /** 1 or 0: an integer on both dialects so SUM() counts correct answers. */
  correct: number;
}

export interface LessonCompletionsTable {
  user_id: string;
  lesson_id: string;
  completed_at: string;
}

export interface Database {
  submissions: SubmissionsTable;
  user: UserTable;
  session: SessionTable;
  exercise_progress: ExerciseProgressTable;
  submission_tests: SubmissionTestsTable;
  quiz_attempts: QuizAttemptsTable;
  quiz_attempt_answers: QuizAttemptAnswersTable;
  lesson_completions: LessonCompletionsTable;
}
