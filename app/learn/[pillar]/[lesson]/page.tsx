import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLesson, getPillar, loadCourse } from "#lib/content/index.ts";
import { lessonMdxComponents } from "#components/lesson/mdx-components.tsx";
import { MdxContent } from "#components/lesson/mdx-content.tsx";
import { LessonNav, lessonNeighbours } from "#components/lesson/lesson-nav.tsx";
import { LessonComplete } from "#components/progress/lesson-complete.tsx";
import { TableOfContents } from "#components/lesson/table-of-contents.tsx";

type Params = { pillar: string; lesson: string };

// Lessons are static: rendered at build time from lessons/, with no editor code on the page.
export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  return (await loadCourse()).pillars.flatMap((p) =>
    p.lessons.map((l) => ({ pillar: p.slug, lesson: l.slug })),
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { pillar, lesson } = await params;
  const found = await getLesson(pillar, lesson);
  return found ? { title: found.title, description: found.summary } : {};
}

export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const { pillar: pillarSlug, lesson: lessonSlug } = await params;
  const [pillar, lesson, course] = await Promise.all([
    getPillar(pillarSlug),
    getLesson(pillarSlug, lessonSlug),
    loadCourse(),
  ]);
  if (!pillar || !lesson) notFound();
  const { previous, next } = lessonNeighbours(course, lesson.id);
  return (
    <div className="lesson-layout">
      <div className="lesson-main">
        <nav aria-label="Breadcrumb" className="breadcrumbs">
          <ol>
            <li>
              <Link href="/">Course</Link>
            </li>
            <li>
              <Link href={`/learn/${pillar.slug}`}>{pillar.title}</Link>
            </li>
            <li aria-current="page">{lesson.title}</li>
          </ol>
        </nav>
        <h1>{lesson.title}</h1>
        <p className="muted">{lesson.minutes} min read</p>
        <article className="prose">
          <MdxContent code={lesson.code} components={lessonMdxComponents(lesson)} />
        </article>
        {lesson.hasQuiz && lesson.quizId && (
          <p>
            <Link href={`/quizzes/${lesson.quizId}`}>Take this lesson’s quiz on its own page</Link>
          </p>
        )}
        <LessonComplete lessonId={lesson.id} />
        <LessonNav previous={previous} next={next} />
      </div>
      <TableOfContents toc={lesson.toc} />
    </div>
  );
}
