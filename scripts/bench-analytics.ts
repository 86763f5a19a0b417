// Seeds a store with 100,000 submissions (2,000 learners, 40 exercises, 3-6 tests each, quiz
// attempts) and reports how long each instructor analytics query takes. A report, not a test:
//   npm run bench:analytics [-- --submissions 100000]        (SQLite in a temp dir)
//   DATABASE_URL=postgres://... npm run bench:analytics       (PostgreSQL; use a scratch DB)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { openStore } from "../lib/store/db.ts";
import { migrateToLatest } from "../lib/store/migrate.ts";
import type { Database } from "../lib/store/schema.ts";
import { exerciseStats, learnerStats, quizQuestionStats } from "../lib/store/analytics.ts";
import { sql } from "kysely";
import type { Kysely } from "kysely";

const { values } = parseArgs({
  options: { submissions: { type: "string", default: "100000" } },
});
const SUBMISSIONS = Number(values.submissions);
const LEARNERS = 2000;
const EXERCISES = 40;
const BATCH = 500;

// A small deterministic generator: the same data on every run, so runs compare.
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (n: number) => Math.floor(rand() * n);

async function seedData(db: Kysely<Database>): Promise<void> {
  const users = Array.from({ length: LEARNERS }, (_, i) => ({
    id: `u${String(i).padStart(5, "0")}`,
    name: `Learner ${i}`,
    email: `learner${i}@example.com`,
    emailVerified: 0,
    createdAt: new Date(0).toISOString(),
    updatedAt: new Date(0).toISOString(),
    role: "learner",
  }));
  for (let i = 0; i < users.length; i += BATCH) {
    await db
      .insertInto("user")
      .values(users.slice(i, i + BATCH) as never)
      .execute();
  }
  const start = Date.parse("2026-01-01T00:00:00Z");
  for (let done = 0; done < SUBMISSIONS; done += BATCH) {
    const subs: Database["submissions"][] = [];
    const tests: Database["submission_tests"][] = [];
    for (let k = 0; k < Math.min(BATCH, SUBMISSIONS - done); k++) {
      const n = done + k;
      const exercise = `exercise-${pick(EXERCISES)}`;
      const testCount = 3 + (Number(exercise.split("-")[1]) % 4);
      const passedCount = rand() < 0.35 ? testCount : pick(testCount);
      const id = `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
      subs.push({
        id,
        user_id: users[pick(LEARNERS)]!.id,
        exercise_id: exercise,
        files: "{}",
        verdict: passedCount === testCount ? "passed" : "failed",
        tests: "[]",
        created_at: new Date(start + n * 60_000).toISOString(),
        duration_ms: 50,
      });
      for (let t = 0; t < testCount; t++) {
        tests.push({
          submission_id: id,
          exercise_id: exercise,
          test_name: `test ${t}`,
          status: t < passedCount ? "passed" : "failed",
        });
      }
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("submissions").values(subs).execute();
      for (let i = 0; i < tests.length; i += BATCH) {
        await trx
          .insertInto("submission_tests")
          .values(tests.slice(i, i + BATCH))
          .execute();
      }
    });
  }
  const attempts: Database["quiz_attempts"][] = [];
  const answers: Database["quiz_attempt_answers"][] = [];
  for (let n = 0; n < SUBMISSIONS / 10; n++) {
    const id = `10000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
    const quiz = `quiz-${pick(20)}`;
    attempts.push({
      id,
      user_id: users[pick(LEARNERS)]!.id,
      quiz_id: quiz,
      score: pick(5),
      total: 5,
      source: "server" as const,
      created_at: new Date(start + n * 60_000).toISOString(),
    });
    for (let q = 0; q < 5; q++) {
      answers.push({ attempt_id: id, quiz_id: quiz, question_id: `q${q}`, correct: pick(2) });
    }
  }
  for (let i = 0; i < attempts.length; i += BATCH) {
    await db
      .insertInto("quiz_attempts")
      .values(attempts.slice(i, i + BATCH))
      .execute();
  }
  for (let i = 0; i < answers.length; i += BATCH) {
    await db
      .insertInto("quiz_attempt_answers")
      .values(answers.slice(i, i + BATCH))
      .execute();
  }
}

async function time<T>(label: string, work: () => Promise<T>): Promise<T> {
  await work(); // warm the caches and the planner once
  const runs = 3;
  const started = performance.now();
  let result!: T;
  for (let i = 0; i < runs; i++) result = await work();
  console.log(`${label.padEnd(40)} ${((performance.now() - started) / runs).toFixed(1)} ms`);
  return result;
}

const dir = process.env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), "pillars-bench-"));
const store = openStore({ dataDir: dir ?? "unused", databaseUrl: process.env.DATABASE_URL });
try {
  await migrateToLatest(store.db);
  const seeding = performance.now();
  await seedData(store.db);
  // Fresh planner statistics, as autovacuum (PostgreSQL) or `analyze` would have after a load.
  await sql`analyze`.execute(store.db);
  console.log(
    `seeded ${SUBMISSIONS} submissions, ${LEARNERS} learners on ${store.dialect} in ` +
      `${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );
  const stats = await time("exercise stats (all exercises)", () => exerciseStats(store.db));
  console.log(`  ${stats.length} exercises, e.g. ${JSON.stringify(stats[0])}`);
  await time("quiz question stats", () => quizQuestionStats(store.db));
  await time("learner stats (one page of 50)", () => learnerStats(store.db, { limit: 50 }));
  await time("learner stats (all, CSV export)", () => learnerStats(store.db, { limit: LEARNERS }));
} finally {
  await store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
