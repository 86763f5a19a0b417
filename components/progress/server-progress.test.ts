import { expect, it } from "vitest";
import { fromServerProgress } from "./server-progress.ts";

it("draws the server's record as the dashboard's progress", () => {
  const progress = fromServerProgress(
    {
      exercises: [
        {
          exerciseId: "a",
          status: "passed",
          bestPassedTests: 3,
          bestTotalTests: 3,
          attempts: 4,
          firstPassedAt: "2026-01-02T00:00:00.000Z",
          updatedAt: "2026-01-03T00:00:00.000Z",
        },
      ],
      quizzes: [
        {
          quizId: "q",
          bestScore: 2,
          total: 3,
          attempts: 2,
          lastAttemptAt: "2026-01-04T00:00:00.000Z",
        },
      ],
      lessons: [],
    },
    [
      {
        id: "s1",
        userId: "u",
        exerciseId: "a",
        verdict: "passed",
        createdAt: "2026-01-03T00:00:00.000Z",
        durationMs: 5,
        passedTests: 3,
        totalTests: 3,
      },
    ],
  );
  expect(progress.exercises.a).toMatchObject({ attempts: 4, passed: true });
  expect(progress.quizzes.q).toMatchObject({ score: 2, total: 3 });
  expect(progress.recentRuns).toEqual([
    {
      exerciseId: "a",
      verdict: "passed",
      passedTests: 3,
      totalTests: 3,
      at: "2026-01-03T00:00:00.000Z",
    },
  ]);
});
