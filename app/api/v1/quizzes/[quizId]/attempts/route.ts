// POST /api/v1/quizzes/{quizId}/attempts, body { answers: { questionId: answer } }: scores the
// answers on the server and returns the score with every explanation and answer key. For a
// signed-in learner the attempt is kept (score and which questions were right) and its id
// returned as attemptId; anonymous attempts are scored and not stored.
import { z } from "zod";
import { getSessionUser } from "#lib/auth/session.ts";
import { getQuiz, quizAnswersSchema, scoreQuiz } from "#lib/content/index.ts";
import { contentId } from "#lib/content/schemas.ts";
import { ApiProblem, pointerTo } from "#lib/http/problem.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { fromRuntime } from "#lib/runtime.ts";
import { recordQuizAttempt } from "#lib/store/quiz-attempts.ts";

const attemptBody = z.object({ answers: quizAnswersSchema }).strict();

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: endpoint({
    params: z.object({ quizId: contentId }),
    body: attemptBody,
    handle: async ({ request, params, body }) => {
      const quiz = await getQuiz(params.quizId);
      if (!quiz) throw new ApiProblem({ status: 404, kind: "not-found", detail: "No such quiz." });
      const known = new Set(quiz.questions.map((q) => q.id));
      const unknown = Object.keys(body.answers).filter((id) => !known.has(id));
      if (unknown.length > 0) {
        throw new ApiProblem({
          status: 400,
          kind: "validation",
          detail: "The answers name questions that are not in this quiz.",
          errors: unknown
            .slice(0, 10)
            .map((id) => ({ pointer: pointerTo(["answers", id]), detail: "no such question" })),
        });
      }
      const scored = scoreQuiz(quiz, body.answers);
      const user = await getSessionUser(request);
      if (!user) return scored;
      const { attemptId } = await recordQuizAttempt(fromRuntime("store").db, {
        userId: user.id,
        quizId: quiz.id,
        score: scored.score,
        total: scored.total,
        results: scored.results,
      });
      return { ...scored, attemptId };
    },
  }),
});
