// Instructor dashboard: per exercise results, per quiz question results, CSV exports, and a
// preview link for every exercise. Same data and checks as /api/v1/analytics/*.
import type { Metadata } from "next";
import Link from "next/link";
import { instructorOrNull } from "#lib/auth/page-access.ts";
import { listExercises } from "#lib/content/index.ts";
import { fromRuntime } from "#lib/runtime.ts";
import { exerciseStats, learnerStats, quizQuestionStats } from "#lib/store/analytics.ts";
import styles from "#components/auth/auth.module.css";

export const metadata: Metadata = { title: "Instructor" };
export const dynamic = "force-dynamic";

const percent = (x: number) => `${Math.round(x * 100)}%`;
const LEARNERS_SHOWN = 100;

function CsvLink({ kind }: { kind: "exercises" | "quizzes" | "learners" }) {
  return (
    // A file download from the API, not a page: a plain link, not next/link.
    <a href={`/api/v1/analytics/${kind}?format=csv`} download>
      {kind}
    </a>
  );
}

export default async function InstructorPage() {
  const user = await instructorOrNull();
  if (!user) {
    return (
      <div className="page">
        <h1>Instructor</h1>
        <p>This page is for instructors. Ask an admin if you need access.</p>
      </div>
    );
  }
  const db = fromRuntime("store").db;
  const [exercises, stats, questions, learners] = await Promise.all([
    listExercises(),
    exerciseStats(db),
    quizQuestionStats(db),
    learnerStats(db, { limit: LEARNERS_SHOWN }),
  ]);
  const statsOf = new Map(stats.map((s) => [s.exerciseId, s]));
  return (
    <div className="page">
      <h1>Instructor</h1>
      <p>
        Export as CSV: <CsvLink kind="exercises" />, <CsvLink kind="quizzes" />,{" "}
        <CsvLink kind="learners" />.
      </p>
      <section aria-labelledby="exercises-heading">
        <h2 id="exercises-heading">Exercises</h2>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Exercise</th>
              <th scope="col">Runs</th>
              <th scope="col">Learners (passed)</th>
              <th scope="col">Runs passing</th>
              <th scope="col">Median runs to pass</th>
              <th scope="col">Tests failing most</th>
            </tr>
          </thead>
          <tbody>
            {exercises.map((x) => {
              const s = statsOf.get(x.id);
              return (
                <tr key={x.id}>
                  <th scope="row">
                    <Link href={`/instructor/exercises/${x.id}`}>{x.title}</Link>
                  </th>
                  <td>{s?.attempts ?? 0}</td>
                  <td>{s ? `${s.learners} (${s.learnersPassed})` : "0"}</td>
                  <td>{s ? percent(s.passRate) : "–"}</td>
                  <td>{s?.medianAttemptsToPass ?? "–"}</td>
                  <td>{s?.failingTests.map((t) => `${t.name} (${t.failures})`).join("; ")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="quiz-heading">
        <h2 id="quiz-heading">Quiz questions</h2>
        {questions.length === 0 ? (
          <p className="muted">No quiz answered by a signed-in learner yet.</p>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Quiz</th>
                <th scope="col">Question</th>
                <th scope="col">Answers</th>
                <th scope="col">Correct</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr key={`${q.quizId}/${q.questionId}`}>
                  <td>{q.quizId}</td>
                  <td>{q.questionId}</td>
                  <td>{q.answered}</td>
                  <td>{percent(q.shareCorrect)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="learners-heading">
        <h2 id="learners-heading">Learners</h2>
        <p className="muted">
          The first {LEARNERS_SHOWN}; the CSV export and <code>/api/v1/analytics/learners</code>{" "}
          have everyone.
        </p>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Learner</th>
              <th scope="col">Exercises passed (tried)</th>
              <th scope="col">Runs</th>
              <th scope="col">Quizzes</th>
              <th scope="col">Lessons</th>
            </tr>
          </thead>
          <tbody>
            {learners.map((l) => (
              <tr key={l.userId}>
                <th scope="row">{l.email}</th>
                <td>
                  {l.exercisesPassed} ({l.exercisesAttempted})
                </td>
                <td>{l.runs}</td>
                <td>{l.quizzesTaken}</td>
                <td>{l.lessonsCompleted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
