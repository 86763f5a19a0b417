"use client";
import { useRef, useState } from "react";
import type { PublicQuestion, PublicQuiz, QuizScore } from "#lib/content/quiz.ts";
import { saveQuiz } from "../progress/use-progress.ts";
import { Markdown } from "./inline-markdown.tsx";
import { OrderingQuestion } from "./ordering-question.tsx";
import styles from "./quiz.module.css";

type Answer = string | string[];

function initialAnswers(quiz: PublicQuiz): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const q of quiz.questions)
    if (q.kind === "ordering") answers[q.id] = q.items.map((i) => i.id);
  return answers;
}

// Answers are scored on the server (the browser never has the key); the score and every
// explanation come back with the answer key.
export function QuizForm({ quiz }: { quiz: PublicQuiz }) {
  const [answers, setAnswers] = useState<Record<string, Answer>>(() => initialAnswers(quiz));
  const [score, setScore] = useState<QuizScore | null>(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const scoreRef = useRef<HTMLHeadingElement>(null);
  const set = (id: string, value: Answer) => setAnswers((a) => ({ ...a, [id]: value }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError("");
    try {
      const response = await fetch(`/api/v1/quizzes/${encodeURIComponent(quiz.id)}/attempts`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ answers }),
      });
      const body = (await response.json()) as QuizScore & { detail?: string };
      if (!response.ok) throw new Error(body.detail ?? `error ${response.status}`);
      setScore(body);
      saveQuiz(quiz.id, body.score, body.total);
      requestAnimationFrame(() => scoreRef.current?.focus());
    } catch (e) {
      setError(
        `Your answers could not be scored (${e instanceof Error ? e.message : "network error"}). Try again.`,
      );
    } finally {
      setBusy(false);
    }
  }

  function retry() {
    setScore(null);
    setAnswers(initialAnswers(quiz));
  }

  const result = (q: PublicQuestion) => score?.results.find((r) => r.questionId === q.id);
  return (
    <form className={styles.quiz} onSubmit={submit} data-testid="quiz" aria-label={quiz.title}>
      {score && (
        <h3 ref={scoreRef} tabIndex={-1} className={styles.score} data-testid="quiz-score">
          You scored {score.score} of {score.total}.
        </h3>
      )}
      <ol className={styles.questions}>
        {quiz.questions.map((q, index) => {
          const r = result(q);
          return (
            <li
              key={q.id}
              className={r ? (r.correct ? styles.correct : styles.incorrect) : undefined}
            >
              <fieldset disabled={!!score}>
                <legend>
                  <span className={styles.number}>{index + 1}.</span>{" "}
                  <Markdown text={q.prompt} inline />
                </legend>
                <QuestionInput question={q} value={answers[q.id]} onChange={(v) => set(q.id, v)} />
              </fieldset>
              {r && (
                <div className={styles.feedback}>
                  <p className={styles.mark}>{r.correct ? "✓ Correct" : "✗ Not quite"}</p>
                  {!r.correct && (
                    <p>
                      Answer: <AnswerText question={q} answer={r.answer} />
                    </p>
                  )}
                  <Markdown text={r.explanation} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {error && <p role="alert">{error}</p>}
      {score ? (
        <button key="retry" type="button" className="button" onClick={retry}>
          Try again
        </button>
      ) : (
        <button key="submit" type="submit" className="button primary" disabled={busy}>
          {busy ? "Checking…" : "Check my answers"}
        </button>
      )}
    </form>
  );
}

function AnswerText({ question, answer }: { question: PublicQuestion; answer: string | string[] }) {
  const options =
    question.kind === "ordering"
      ? question.items
      : question.kind === "short"
        ? []
        : question.choices;
  const text = (id: string) => options.find((o) => o.id === id)?.text ?? id;
  const list = Array.isArray(answer) ? answer : [answer];
  const joined =
    question.kind === "short"
      ? list.join(" or ")
      : list.map(text).join(question.kind === "ordering" ? " → " : ", ");
  return <Markdown text={joined} inline />;
}

function QuestionInput({
  question: q,
  value,
  onChange,
}: {
  question: PublicQuestion;
  value: Answer | undefined;
  onChange(value: Answer): void;
}) {
  if (q.kind === "short") {
    return (
      <input
        type="text"
        className={styles.short}
        aria-label="Your answer"
        value={typeof value === "string" ? value : ""}
        onChange={(e) => onChange(e.target.value)}
        maxLength={500}
      />
    );
  }
  if (q.kind === "ordering") {
    return (
      <OrderingQuestion
        items={q.items}
        order={Array.isArray(value) ? value : []}
        onChange={onChange}
      />
    );
  }
  const multiple = q.kind === "multiple";
  const selected = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return (
    <>
      {multiple && <p className="muted">Choose every answer that applies.</p>}
      <ul className={styles.choices}>
        {q.choices.map((c) => (
          <li key={c.id}>
            <label>
              <input
                type={multiple ? "checkbox" : "radio"}
                name={q.id}
                value={c.id}
                checked={selected.includes(c.id)}
                onChange={(e) =>
                  onChange(
                    multiple
                      ? e.target.checked
                        ? [...selected, c.id]
                        : selected.filter((id) => id !== c.id)
                      : c.id,
                  )
                }
              />{" "}
              <Markdown text={c.text} inline />
            </label>
          </li>
        ))}
      </ul>
    </>
  );
}
