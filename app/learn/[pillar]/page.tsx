import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPillar, loadCourse } from "#lib/content/index.ts";
import { PillarProgress } from "#components/progress/pillar-progress.tsx";
import { ExerciseStatus } from "#components/progress/exercise-status.tsx";

type Params = { pillar: string };

export async function generateStaticParams(): Promise<Params[]> {
  return (await loadCourse()).pillars.map((p) => ({ pillar: p.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const pillar = await getPillar((await params).pillar);
  return pillar ? { title: pillar.title, description: pillar.summary } : {};
}

export default async function PillarPage({ params }: { params: Promise<Params> }) {
  const pillar = await getPillar((await params).pillar);
  if (!pillar) notFound();
  return (
    <div className="page page-narrow">
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href="/">Course</Link>
          </li>
          <li aria-current="page">{pillar.title}</li>
        </ol>
      </nav>
      <h1>{pillar.title}</h1>
      <p className="lead">{pillar.summary}</p>
      <PillarProgress
        label={pillar.title}
        exerciseIds={pillar.lessons.flatMap((l) => l.exercises.map((x) => x.id))}
      />
      <ol className="card-list lesson-list">
        {pillar.lessons.map((lesson) => (
          <li key={lesson.id} className="card">
            <h2>
              <Link href={`/learn/${pillar.slug}/${lesson.slug}`}>{lesson.title}</Link>
            </h2>
            <p>{lesson.summary}</p>
            <p className="muted">
              {lesson.minutes} min read
              {lesson.exercises.length > 0 && ` · ${lesson.exercises.length} exercises`}
              {lesson.hasQuiz && " · quiz"}
            </p>
            {lesson.exercises.length > 0 && (
              <ul className="exercise-links">
                {lesson.exercises.map((x) => (
                  <li key={x.id}>
                    <Link href={`/exercises/${x.id}`}>{x.title}</Link> <ExerciseStatus id={x.id} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
