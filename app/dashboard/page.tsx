import type { Metadata } from "next";
import { headers } from "next/headers";
import { sessionUserFromHeaders } from "#lib/auth/session.ts";
import { loadCourse } from "#lib/content/index.ts";
import { getProgress } from "#lib/progress/progress.ts";
import { fromRuntime } from "#lib/runtime.ts";
import { pageSubmissions } from "#lib/store/submission-queries.ts";
import { Dashboard, type DashboardPillar } from "#components/progress/dashboard.tsx";
import { fromServerProgress } from "#components/progress/server-progress.ts";

export const metadata: Metadata = { title: "Your progress" };
// Signed in, the dashboard shows the account's record: read per request.
export const dynamic = "force-dynamic";

async function serverProgress() {
  const user = await sessionUserFromHeaders(await headers());
  if (!user) return undefined;
  const db = fromRuntime("store").db;
  const [progress, recent] = await Promise.all([
    getProgress(db, user.id),
    pageSubmissions(db, { userId: user.id, limit: 20 }),
  ]);
  return fromServerProgress(progress, recent.items);
}

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
  const saved = await serverProgress();
  return (
    <div className="page">
      <h1>Your progress</h1>
      <p className="muted">
        {saved
          ? "Saved to your account."
          : "Kept in this browser. Sign in to keep it on the server: it is merged into your account."}
      </p>
      <Dashboard pillars={pillars} serverProgress={saved} />
    </div>
  );
}
