// The components lesson MDX may use (lib/content/mdx.ts MDX_COMPONENTS lists the same names).
// Server components, except Tabs (client, for keyboard switching) and the quiz form.
import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import {
  getQuiz,
  listExercises,
  publicQuiz,
  type ExerciseSummary,
  type LessonSummary,
} from "#lib/content/index.ts";
import { QuizForm } from "../quiz/quiz-form.tsx";
import { ExerciseStatus } from "../progress/exercise-status.tsx";
import { Tab, Tabs } from "./tabs.tsx";

const CALLOUT_TITLES = {
  note: "Note",
  tip: "Tip",
  warning: "Warning",
  pitfall: "Pitfall",
} as const;
type CalloutKind = keyof typeof CALLOUT_TITLES;

export function Callout({
  kind = "note",
  title,
  children,
}: {
  kind?: CalloutKind;
  title?: string;
  children?: ReactNode;
}) {
  const k: CalloutKind = kind in CALLOUT_TITLES ? kind : "note";
  return (
    <aside className={`callout callout-${k}`} aria-label={title ?? CALLOUT_TITLES[k]}>
      <p className="callout-title">{title ?? CALLOUT_TITLES[k]}</p>
      {children}
    </aside>
  );
}

export function Figure({ src, alt, caption }: { src: string; alt: string; caption?: string }) {
  return (
    <figure className="mdx-figure">
      {/* Lesson images are small local files; next/image adds nothing for them. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} alt={alt} loading="lazy" />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

export function Diagram({
  caption,
  label,
  children,
}: {
  caption?: string;
  label?: string;
  children?: ReactNode;
}) {
  return (
    <figure className="mdx-diagram" role="group" aria-label={label ?? caption ?? "Diagram"}>
      {children}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

export function YouWillLearn({ children }: { children?: ReactNode }) {
  return (
    <section className="you-will-learn" aria-labelledby="you-will-learn">
      <h2 id="you-will-learn">You will learn</h2>
      {children}
    </section>
  );
}

export function ExerciseCardView({ exercise }: { exercise: ExerciseSummary }) {
  return (
    <article className="card exercise-card">
      <h3>
        <Link href={`/exercises/${exercise.id}`}>{exercise.title}</Link>
      </h3>
      <p>{exercise.summary}</p>
      <p className="muted">
        <span className="badge">{exercise.difficulty}</span>
        {exercise.minutes ? ` · about ${exercise.minutes} min` : ""}{" "}
        <ExerciseStatus id={exercise.id} />
      </p>
    </article>
  );
}

async function ExerciseCard({ id }: { id: string }) {
  const exercise = (await listExercises()).find((x) => x.id === id);
  if (!exercise) return <p className="muted">Exercise “{id}” is not in the course.</p>;
  return <ExerciseCardView exercise={exercise} />;
}

export function ExerciseList({ exercises }: { exercises: ExerciseSummary[] }) {
  if (exercises.length === 0) return null;
  return (
    <section aria-labelledby="exercises-heading" className="lesson-exercises">
      <h2 id="exercises-heading">Exercises</h2>
      <ul className="card-list">
        {exercises.map((x) => (
          <li key={x.id}>
            <ExerciseCardView exercise={x} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export async function LessonQuiz({ quizId }: { quizId?: string }) {
  const quiz = quizId ? await getQuiz(quizId) : undefined;
  if (!quiz) return null;
  return (
    <section aria-labelledby="quiz-heading" className="lesson-quiz">
      <h2 id="quiz-heading">{quiz.title}</h2>
      <QuizForm quiz={publicQuiz(quiz)} />
    </section>
  );
}

/** Code blocks scroll sideways when long, so they take focus: keyboard users can scroll them. */
function Pre(props: ComponentProps<"pre">) {
  return <pre tabIndex={0} {...props} />;
}

/** The component map for one lesson: <Exercises /> and <Quiz /> know which lesson they are in. */
export function lessonMdxComponents(lesson: LessonSummary) {
  return {
    pre: Pre,
    Callout,
    Tabs,
    Tab,
    Figure,
    Diagram,
    YouWillLearn,
    ExerciseCard,
    Exercises: () => <ExerciseList exercises={lesson.exercises} />,
    Quiz: () => <LessonQuiz quizId={lesson.quizId} />,
  };
}

/** For exercise instructions and hints: no lesson context, no embeds. */
export const plainMdxComponents = {
  pre: Pre,
  Callout,
  Tabs,
  Tab,
  Figure,
  Diagram,
  YouWillLearn,
  ExerciseCard,
};
