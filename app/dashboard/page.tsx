import type { Metadata } from "next";
import { loadCourse } from "#lib/content/index.ts";
import { Dashboard, type DashboardPillar } from "#components/progress/dashboard.tsx";

export const metadata: Metadata = { title: "Your progress" };

export default async function DashboardPage() {
  const course = await loadCourse();
  // Only what the dashboard shows crosses to the browser: names and ids, no lesson bodies.
  const pillars: DashboardPillar[] = course.pillars.map((p) => ({
    id: p.id,
    slug: p.slug,
    title: p.title,
    exercises: p.lessons.flatMap((l) => l.exercises.map((x) => ({ id: x.id, title: x.title }))),
    quizzes: p.lessons.flatMap((l) => (l.quizId ? [{ id: l.quizId, title: l.title }] : [])),
  }));
  return (
    <div className="page">
      <h1>Your progress</h1>
      <p className="muted">
        Kept in this browser. When accounts arrive, signing in will merge it into your record.
      </p>
      <Dashboard pillars={pillars} />
    </div>
  );
}
