"use client";
import Link from "next/link";
import { ProgressChart } from "./progress-chart.tsx";
import type { Progress } from "./progress-store.ts";
import { useProgress } from "./use-progress.ts";

export interface DashboardPillar {
  id: string;
  slug: string;
  title: string;
  exercises: { id: string; title: string }[];
  quizzes: { id: string; title: string }[];
}

/** `serverProgress`: the signed-in learner's record; without it, this browser's. */
export function Dashboard({
  pillars,
  serverProgress,
}: {
  pillars: DashboardPillar[];
  serverProgress?: Progress;
}) {
  const local = useProgress();
  const progress = serverProgress ?? local;
  const titles = new Map(pillars.flatMap((p) => p.exercises.map((x) => [x.id, x.title] as const)));
  const quizTitles = new Map(
    pillars.flatMap((p) => p.quizzes.map((q) => [q.id, q.title] as const)),
  );
  const rows = pillars.map((p) => ({
    id: p.id,
    label: p.title,
    href: `/learn/${p.slug}`,
    done: p.exercises.filter((x) => progress.exercises[x.id]?.passed).length,
    total: p.exercises.length,
  }));
  const passed = Object.entries(progress.exercises).filter(([id, e]) => e.passed && titles.has(id));
  const quizzes = Object.entries(progress.quizzes).filter(([id]) => quizTitles.has(id));
  return (
    <div className="dashboard">
      <section aria-labelledby="chart-heading" className="card">
        <h2 id="chart-heading">Exercises passed per pillar</h2>
        <ProgressChart rows={rows} />
      </section>
      <div className="dashboard-grid">
        <section aria-labelledby="passed-heading" className="card">
          <h2 id="passed-heading">Exercises passed ({passed.length})</h2>
          {passed.length === 0 ? (
            <p className="muted">None yet. Pick an exercise from a lesson and run your code.</p>
          ) : (
            <ul data-testid="passed-exercises">
              {passed.map(([id]) => (
                <li key={id}>
                  <Link href={`/exercises/${id}`}>{titles.get(id)}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="quizzes-heading" className="card">
          <h2 id="quizzes-heading">Quiz scores</h2>
          {quizzes.length === 0 ? (
            <p className="muted">No quiz taken yet.</p>
          ) : (
            <ul data-testid="quiz-scores">
              {quizzes.map(([id, q]) => (
                <li key={id}>
                  <Link href={`/quizzes/${id}`}>{quizTitles.get(id)}</Link>: {q.score} of {q.total}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="runs-heading" className="card">
        <h2 id="runs-heading">Recent runs</h2>
        {progress.recentRuns.length === 0 ? (
          <p className="muted">No runs yet.</p>
        ) : (
          <table className="runs-table" data-testid="recent-runs">
            <thead>
              <tr>
                <th scope="col">Exercise</th>
                <th scope="col">Result</th>
                <th scope="col">Tests passed</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {progress.recentRuns.map((run, i) => (
                <tr key={i}>
                  <td>
                    <Link href={`/exercises/${run.exerciseId}`}>
                      {titles.get(run.exerciseId) ?? run.exerciseId}
                    </Link>
                  </td>
                  <td>{run.verdict.replace("_", " ")}</td>
                  <td>
                    {run.passedTests} of {run.totalTests}
                  </td>
                  <td>
                    <time dateTime={run.at}>{new Date(run.at).toLocaleString()}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
