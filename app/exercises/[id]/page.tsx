import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { readEditorTypes } from "#lib/content/editor-types.ts";
import { compileMdx, getExercise, listExercises } from "#lib/content/index.ts";
import { plainMdxComponents } from "#components/lesson/mdx-components.tsx";
import { MdxContent } from "#components/lesson/mdx-content.tsx";
import { Workspace } from "#components/editor/workspace.tsx";
import styles from "#components/editor/workspace.module.css";

type Params = { id: string };

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  return (await listExercises()).map((x) => ({ id: x.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const id = (await params).id;
  const found = (await listExercises()).find((x) => x.id === id);
  return found ? { title: found.title, description: found.summary } : {};
}

export default async function ExercisePage({ params }: { params: Promise<Params> }) {
  const { id } = await params;
  const [exercise, summaries] = await Promise.all([getExercise(id), listExercises()]);
  const summary = summaries.find((x) => x.id === id);
  if (!exercise || !summary) notFound();
  const [instructions, hints, types] = await Promise.all([
    compileMdx(exercise.instructions),
    Promise.all(exercise.hints.map((h) => compileMdx(h))),
    // The world's, the guest's globals and the test API: read at build time.
    readEditorTypes(),
  ]);
  return (
    <div className={styles.layout}>
      <section className={styles.instructions} aria-labelledby="exercise-title">
        <nav aria-label="Breadcrumb" className="breadcrumbs">
          <ol>
            <li>
              <Link href={`/learn/${summary.pillarSlug}`}>{summary.pillarTitle}</Link>
            </li>
            <li>
              <Link href={`/learn/${summary.pillarSlug}/${summary.lessonSlug}`}>
                {summary.lessonTitle}
              </Link>
            </li>
          </ol>
        </nav>
        <h1 id="exercise-title">{exercise.title}</h1>
        <p className="muted">
          <span className="badge">{exercise.difficulty}</span>
          {exercise.minutes ? ` · about ${exercise.minutes} min` : ""}
        </p>
        <div className="prose">
          <MdxContent code={instructions.code} components={plainMdxComponents} />
        </div>
      </section>
      <Workspace
        exerciseId={exercise.id}
        open={exercise.open}
        starter={exercise.starter}
        given={exercise.given}
        visibleTests={exercise.visibleTests}
        types={types}
        hints={hints.map((h, i) => (
          <MdxContent key={i} code={h.code} components={plainMdxComponents} />
        ))}
      />
    </div>
  );
}
