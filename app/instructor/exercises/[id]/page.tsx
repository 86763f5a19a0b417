// Instructor preview of one exercise: its solution and every test (hidden ones included), and
// runs of the solution and the starter. Same data and checks as /api/v1/exercises/{id}/preview.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { instructorOrNull } from "#lib/auth/page-access.ts";
import { readEditorTypes } from "#lib/content/editor-types.ts";
import { getExercise } from "#lib/content/index.ts";
import { PreviewRunner } from "#components/instructor/preview-runner.tsx";
import { PreviewWorkspace } from "#components/instructor/preview-workspace.tsx";
import styles from "#components/auth/auth.module.css";

export const metadata: Metadata = { title: "Exercise preview" };
export const dynamic = "force-dynamic";

function Files({ title, files }: { title: string; files: Record<string, string> }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {Object.entries(files).map(([path, source]) => (
        <figure key={path}>
          <figcaption>
            <code>{path}</code>
          </figcaption>
          <pre className={styles.code} tabIndex={0}>
            <code>{source}</code>
          </pre>
        </figure>
      ))}
    </section>
  );
}

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await instructorOrNull();
  if (!user) notFound();
  const exercise = await getExercise((await params).id);
  if (!exercise) notFound();
  return (
    <div className="page">
      <p>
        <Link href="/instructor">Instructor</Link> ·{" "}
        <Link href={`/exercises/${exercise.id}`}>Open as a learner</Link>
      </p>
      <h1>Preview: {exercise.title}</h1>
      <PreviewRunner exerciseId={exercise.id} />
      <section aria-labelledby="workspace-heading">
        <h2 id="workspace-heading">The solution in the workspace</h2>
        <p className="muted">
          Every test is shown, hidden ones included. Edits are not saved and runs are not stored.
        </p>
        <PreviewWorkspace
          exerciseId={exercise.id}
          open={exercise.open}
          solution={exercise.solution}
          given={exercise.given}
          tests={exercise.tests}
          types={await readEditorTypes()}
          hints={[]}
        />
      </section>
      <Files title="Starter" files={exercise.starter} />
    </div>
  );
}
