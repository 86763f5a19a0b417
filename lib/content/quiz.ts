// Quiz scoring happens on the server: the browser gets `publicQuiz` (no answer keys, no
// explanations) and sends answers back; `scoreQuiz` marks them and only then reveals the
// explanations and the right answers.
import { z } from "zod";
import type { QuizQuestion } from "./schemas.ts";
import type { Quiz } from "./types.ts";

type Choice = { id: string; text: string };
export type PublicQuestion =
  | { id: string; kind: "single" | "multiple"; prompt: string; choices: Choice[] }
  | { id: string; kind: "ordering"; prompt: string; items: Choice[] }
  | { id: string; kind: "short"; prompt: string };
export interface PublicQuiz {
  id: string;
  title: string;
  lessonId: string;
  pillarId: string;
  questions: PublicQuestion[];
}

/** What a learner submits: question id -> choice id (single, short) or ids (multiple, ordering). */
export const quizAnswersSchema = z.record(
  z.string().max(80),
  z.union([z.string().max(500), z.array(z.string().max(80)).max(50)]),
);
export type QuizAnswers = z.infer<typeof quizAnswersSchema>;

export interface QuestionResult {
  questionId: string;
  correct: boolean;
  explanation: string;
  /** The answer key: a choice id, choice ids in order, or the accepted short answers. */
  answer: string | string[];
}
export interface QuizScore {
  score: number;
  total: number;
  results: QuestionResult[];
}

// A stable pseudo-random order, so the server and the browser render the same shuffle.
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
function shuffled(quizId: string, q: Extract<QuizQuestion, { kind: "ordering" }>): Choice[] {
  const items = [...q.items].sort(
    (a, b) => hash(`${quizId}/${q.id}/${a.id}`) - hash(`${quizId}/${q.id}/${b.id}`),
  );
  // Never show the items already in the right order.
  if (items.every((item, i) => item.id === q.answer[i])) items.push(items.shift()!);
  return items;
}

export function publicQuiz(quiz: Quiz): PublicQuiz {
  return {
    id: quiz.id,
    title: quiz.title,
    lessonId: quiz.lessonId,
    pillarId: quiz.pillarId,
    questions: quiz.questions.map((q): PublicQuestion => {
      if (q.kind === "single" || q.kind === "multiple")
        return { id: q.id, kind: q.kind, prompt: q.prompt, choices: q.choices };
      if (q.kind === "ordering")
        return { id: q.id, kind: q.kind, prompt: q.prompt, items: shuffled(quiz.id, q) };
      return { id: q.id, kind: q.kind, prompt: q.prompt };
    }),
  };
}

export function normalizeShort(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}

function isCorrect(q: QuizQuestion, given: string | string[] | undefined): boolean {
  if (given === undefined) return false;
  switch (q.kind) {
    case "single":
      return given === q.answer;
    case "multiple": {
      if (!Array.isArray(given)) return false;
      const set = new Set(given);
      return set.size === q.answer.length && q.answer.every((id) => set.has(id));
    }
    case "ordering":
      return (
        Array.isArray(given) &&
        given.length === q.answer.length &&
        q.answer.every((id, i) => given[i] === id)
      );
    case "short":
      return (
        typeof given === "string" &&
        q.answer.some((a) => normalizeShort(a) === normalizeShort(given))
      );
  }
}

export function scoreQuiz(quiz: Quiz, answers: QuizAnswers): QuizScore {
  const results = quiz.questions.map((q) => ({
    questionId: q.id,
    correct: isCorrect(q, Object.hasOwn(answers, q.id) ? answers[q.id] : undefined),
    explanation: q.explanation,
    answer: q.answer,
  }));
  return { score: results.filter((r) => r.correct).length, total: results.length, results };
}
