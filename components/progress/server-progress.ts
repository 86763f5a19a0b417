// The server's record of a signed-in learner, in the shape the dashboard already draws (the
// browser's Progress), so one Dashboard serves both.
import type { LearnerProgress } from "../../lib/progress/progress.ts";
import type { SubmissionSummary } from "../../lib/store/submission-queries.ts";
import type { Progress } from "./progress-store.ts";

export function fromServerProgress(
  progress: LearnerProgress,
  recent: SubmissionSummary[],
): Progress {
  return {
    exercises: Object.fromEntries(
      progress.exercises.map((e) => [
        e.exerciseId,
        {
          attempts: e.attempts,
          passed: e.status === "passed",
          lastVerdict: e.status,
          lastRunAt: e.updatedAt,
        },
      ]),
    ),
    recentRuns: recent.map((s) => ({
      exerciseId: s.exerciseId,
      verdict: s.verdict,
      passedTests: s.passedTests,
      totalTests: s.totalTests,
      at: s.createdAt,
    })),
    quizzes: Object.fromEntries(
      progress.quizzes.map((q) => [
        q.quizId,
        { score: q.bestScore, total: q.total, at: q.lastAttemptAt },
      ]),
    ),
  };
}
