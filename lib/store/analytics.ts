// Course analytics for instructors, computed by the database (grouping, windows) rather than
// in JavaScript, so they stay fast at 100,000 submissions: see scripts/bench-analytics.ts and
// the indexes in migrations 001 and 003. The SQL is the subset SQLite and PostgreSQL share.
import { sql } from "kysely";
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

export interface ExerciseStats {
  exerciseId: string;
  attempts: number;
  learners: number;
  learnersPassed: number;
  /** Share of runs that passed, 0..1. */
  passRate: number;
  /** Median number of runs a learner made up to their first pass; null if nobody passed. */
  medianAttemptsToPass: number | null;
  failingTests: Array<{ name: string; failures: number }>;
}

const num = (v: unknown) => Number(v ?? 0);

export async function exerciseStats(
  db: Kysely<Database>,
  options: { failingTestsPerExercise?: number } = {},
): Promise<ExerciseStats[]> {
  const top = options.failingTestsPerExercise ?? 3;
  const totals = await sql<{
    exercise_id: string;
    attempts: unknown;
    learners: unknown;
    learners_passed: unknown;
    passed_runs: unknown;
  }>`
    -- Per learner first, then per exercise: two hash aggregates instead of count(distinct),
    -- which sorts (5x slower on PostgreSQL at 100,000 runs).
    select exercise_id,
      sum(runs) as attempts,
      count(*) as learners,
      sum(case when passes > 0 then 1 else 0 end) as learners_passed,
      sum(passes) as passed_runs
    from (
      select exercise_id, user_id, count(*) as runs,
        sum(case when verdict = 'passed' then 1 else 0 end) as passes
      from submissions where user_id is not null
      group by exercise_id, user_id
    ) per_learner
    group by exercise_id
    order by exercise_id`.execute(db);

  // Runs up to and including each learner's first pass, then the median per exercise (the
  // middle one or the mean of the middle two: integer division picks both on either dialect).
  const medians = await sql<{ exercise_id: string; median: unknown }>`
    with first_pass as (
      select user_id, exercise_id, min(created_at) as at
      from submissions where verdict = 'passed' and user_id is not null
      group by user_id, exercise_id
    ), tries as (
      select s.exercise_id, count(*) as n
      from submissions s
      join first_pass f on f.user_id = s.user_id and f.exercise_id = s.exercise_id
        and s.created_at <= f.at
      group by s.exercise_id, s.user_id
    ), ranked as (
      select exercise_id, n,
        row_number() over (partition by exercise_id order by n) as rn,
        count(*) over (partition by exercise_id) as cnt
      from tries
    )
    select exercise_id, avg(n * 1.0) as median from ranked
    where rn in ((cnt + 1) / 2, (cnt + 2) / 2)
    group by exercise_id`.execute(db);

  const failing = await sql<{ exercise_id: string; test_name: string; failures: unknown }>`
    select exercise_id, test_name, failures from (
      select exercise_id, test_name, count(*) as failures,
        row_number() over (partition by exercise_id order by count(*) desc, test_name) as rn
      from submission_tests where status = 'failed'
      group by exercise_id, test_name
    ) ranked where rn <= ${top}
    order by exercise_id, failures desc, test_name`.execute(db);

  const medianOf = new Map(medians.rows.map((r) => [r.exercise_id, num(r.median)]));
  const failingOf = new Map<string, ExerciseStats["failingTests"]>();
  for (const r of failing.rows) {
    const list = failingOf.get(r.exercise_id) ?? [];
    list.push({ name: r.test_name, failures: num(r.failures) });
    failingOf.set(r.exercise_id, list);
  }
  return totals.rows.map((r) => ({
    exerciseId: r.exercise_id,
    attempts: num(r.attempts),
    learners: num(r.learners),
    learnersPassed: num(r.learners_passed),
    passRate: num(r.attempts) === 0 ? 0 : num(r.passed_runs) / num(r.attempts),
    medianAttemptsToPass: medianOf.get(r.exercise_id) ?? null,
    failingTests: failingOf.get(r.exercise_id) ?? [],
  }));
}

export interface QuestionStats {
  quizId: string;
  questionId: string;
  answered: number;
  /** Share answered correctly, 0..1. */
  shareCorrect: number;
}

export async function quizQuestionStats(db: Kysely<Database>): Promise<QuestionStats[]> {
  const rows = await db
    .selectFrom("quiz_attempt_answers")
    .select((eb) => [
      "quiz_id",
      "question_id",
      eb.fn.countAll().as("answered"),
      eb.fn.sum("correct").as("correct"),
    ])
    .groupBy(["quiz_id", "question_id"])
    .orderBy("quiz_id")
    .orderBy("question_id")
    .execute();
  return rows.map((r) => ({
    quizId: r.quiz_id,
    questionId: r.question_id,
    answered: num(r.answered),
    shareCorrect: num(r.answered) === 0 ? 0 : num(r.correct) / num(r.answered),
  }));
}

export interface LearnerStats {
  userId: string;
  email: string;
  name: string;
  exercisesAttempted: number;
  exercisesPassed: number;
  runs: number;
  quizzesTaken: number;
  lessonsCompleted: number;
}

/** Per learner, in id order after `after`: one grouped subquery per table, joined by user. */
export async function learnerStats(
  db: Kysely<Database>,
  query: { after?: string; limit: number },
): Promise<LearnerStats[]> {
  const after = query.after ?? "";
  const rows = await sql<{
    id: string;
    email: string;
    name: string;
    attempted: unknown;
    passed: unknown;
    runs: unknown;
    quizzes: unknown;
    lessons: unknown;
  }>`
    select u.id, u.email, u.name,
      coalesce(e.attempted, 0) as attempted, coalesce(e.passed, 0) as passed,
      coalesce(e.runs, 0) as runs, coalesce(q.quizzes, 0) as quizzes,
      coalesce(l.lessons, 0) as lessons
    from "user" u
    left join (
      select user_id, count(*) as attempted,
        sum(case when status = 'passed' then 1 else 0 end) as passed,
        sum(attempts + browser_attempts) as runs
      from exercise_progress group by user_id
    ) e on e.user_id = u.id
    left join (
      select user_id, count(distinct quiz_id) as quizzes from quiz_attempts group by user_id
    ) q on q.user_id = u.id
    left join (
      select user_id, count(*) as lessons from lesson_completions group by user_id
    ) l on l.user_id = u.id
    where u.role = 'learner' and u.id > ${after}
    order by u.id
    limit ${query.limit}`.execute(db);
  return rows.rows.map((r) => ({
    userId: r.id,
    email: r.email,
    name: r.name,
    exercisesAttempted: num(r.attempted),
    exercisesPassed: num(r.passed),
    runs: num(r.runs),
    quizzesTaken: num(r.quizzes),
    lessonsCompleted: num(r.lessons),
  }));
}
