import { describe, expect, it } from "vitest";
import { publicQuiz, quizAnswersSchema, scoreQuiz } from "./quiz.ts";
import type { Quiz } from "./types.ts";

const quiz: Quiz = {
  id: "q",
  title: "Check",
  lessonId: "l",
  pillarId: "p",
  questions: [
    {
      id: "s",
      kind: "single",
      prompt: "?",
      choices: [
        { id: "a", text: "A" },
        { id: "b", text: "B" },
      ],
      answer: "b",
      explanation: "B.",
    },
    {
      id: "m",
      kind: "multiple",
      prompt: "?",
      choices: [
        { id: "a", text: "A" },
        { id: "b", text: "B" },
        { id: "c", text: "C" },
      ],
      answer: ["a", "c"],
      explanation: "A and C.",
    },
    {
      id: "o",
      kind: "ordering",
      prompt: "?",
      items: [
        { id: "dns", text: "DNS" },
        { id: "lb", text: "LB" },
        { id: "app", text: "App" },
      ],
      answer: ["dns", "lb", "app"],
      explanation: "Outside in.",
    },
    {
      id: "t",
      kind: "short",
      prompt: "?",
      answer: ["Content-Type", "content type"],
      explanation: "The header.",
    },
  ],
};

describe("scoreQuiz", () => {
  it("marks every kind right when answered right, with the explanation and key", () => {
    const result = scoreQuiz(quiz, {
      s: "b",
      m: ["c", "a"],
      o: ["dns", "lb", "app"],
      t: "  CONTENT-type ",
    });
    expect(result.score).toBe(4);
    expect(result.total).toBe(4);
    expect(result.results[1]).toEqual({
      questionId: "m",
      correct: true,
      explanation: "A and C.",
      answer: ["a", "c"],
    });
  });

  it("matches short answers after trimming, lower-casing and collapsing white space", () => {
    expect(scoreQuiz(quiz, { t: "Content \n  Type" }).results[3]!.correct).toBe(true);
    expect(scoreQuiz(quiz, { t: "ContentType" }).results[3]!.correct).toBe(false);
  });

  it("needs the exact set for multiple choice and the exact order for ordering", () => {
    const result = scoreQuiz(quiz, { s: "a", m: ["a"], o: ["lb", "dns", "app"], t: "accept" });
    expect(result.results.map((r) => r.correct)).toEqual([false, false, false, false]);
    expect(scoreQuiz(quiz, { m: ["a", "c", "b"] }).results[1]!.correct).toBe(false);
    expect(scoreQuiz(quiz, { m: ["a", "a"] }).results[1]!.correct).toBe(false);
  });

  it("counts unanswered and wrongly-shaped answers as wrong, and ignores inherited keys", () => {
    const result = scoreQuiz(quiz, { s: ["b"], o: "dns" } as never);
    expect(result.score).toBe(0);
    expect(scoreQuiz(quiz, Object.create({ s: "b" })).score).toBe(0);
  });
});

describe("publicQuiz", () => {
  it("carries no answer key or explanation", () => {
    const text = JSON.stringify(publicQuiz(quiz));
    expect(text).not.toContain("explanation");
    expect(text).not.toContain("answer");
    expect(text).not.toContain("Outside in.");
  });

  it("shows ordering items in a stable order that is not the answer", () => {
    const items = (q: ReturnType<typeof publicQuiz>) =>
      (q.questions[2] as { items: { id: string }[] }).items.map((i) => i.id);
    const shown = items(publicQuiz(quiz));
    expect(shown).not.toEqual(["dns", "lb", "app"]);
    expect([...shown].sort()).toEqual(["app", "dns", "lb"]);
    expect(items(publicQuiz(quiz))).toEqual(shown);
  });
});

describe("quizAnswersSchema", () => {
  it("accepts answers and rejects other shapes", () => {
    expect(quizAnswersSchema.safeParse({ s: "b", m: ["a"] }).success).toBe(true);
    expect(quizAnswersSchema.safeParse({ s: 1 }).success).toBe(false);
    expect(quizAnswersSchema.safeParse({ s: "x".repeat(501) }).success).toBe(false);
  });
});
