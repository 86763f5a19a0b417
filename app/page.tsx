import Link from "next/link";
import { loadCourse } from "#lib/content/index.ts";
import { PillarProgress } from "#components/progress/pillar-progress.tsx";

export default async function CatalogPage() {
  const course = await loadCourse();
  return (
    <div className="page">
      <h1>Learn backend engineering by doing it</h1>
      <p className="lead">
        Each pillar is a set of short lessons beside exercises you solve in the browser. Your code
        runs against a simulated backend (a database, a cache, a queue, a clock) and hidden tests
        tell you how it went.
      </p>
      <ol className="pillar-list">
        {course.pillars.map((pillar) => (
          <li key={pillar.id} className="card">
            <h2>
              <span className="pillar-number">{String(pillar.order).padStart(2, "0")}</span>{" "}
              <Link href={`/learn/${pillar.slug}`}>{pillar.title}</Link>
            </h2>
            <p>{pillar.summary}</p>
            <p className="muted">
              {pillar.lessons.length} lessons ·{" "}
              {pillar.lessons.reduce((n, l) => n + l.exercises.length, 0)} exercises
            </p>
            <PillarProgress
              label={pillar.title}
              exerciseIds={pillar.lessons.flatMap((l) => l.exercises.map((x) => x.id))}
            />
          </li>
        ))}
      </ol>
      {course.pillars.length === 0 && <p>No lessons yet.</p>}
    </div>
  );
}
