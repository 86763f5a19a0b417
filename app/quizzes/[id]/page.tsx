import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getQuiz, loadCourse, publicQuiz } from "#lib/content/index.ts";
import { QuizForm } from "#components/quiz/quiz-form.tsx";

type Params = { id: string };

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  return (await loadCourse()).pillars.flatMap((p) =>
    p.lessons.flatMap((l) => (l.hasQuiz && l.quizId ? [{ id: l.quizId }] : [])),
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const quiz = await getQuiz((await params).id);
  return quiz ? { title: quiz.title } : {};
}

export default async function QuizPage({ params }: { params: Promise<Params> }) {
  const { id } = await params;
  const [quiz, course] = await Promise.all([getQuiz(id), loadCourse()]);
  if (!quiz) notFound();
  const pillar = course.pillars.find((p) => p.id === quiz.pillarId);
  const lesson = pillar?.lessons.find((l) => l.id === quiz.lessonId);
  return (
    <div className="page page-narrow">
      {pillar && lesson && (
        <nav aria-label="Breadcrumb" className="breadcrumbs">
          <ol>
            <li>
              <Link href={`/learn/${pillar.slug}`}>{pillar.title}</Link>
            </li>
            <li>
              <Link href={`/learn/${pillar.slug}/${lesson.slug}`}>{lesson.title}</Link>
            </li>
          </ol>
        </nav>
      )}
      <h1>{quiz.title}</h1>
      <QuizForm quiz={publicQuiz(quiz)} />
    </div>
  );
}
