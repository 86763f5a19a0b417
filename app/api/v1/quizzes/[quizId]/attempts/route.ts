// POST /api/v1/quizzes/{quizId}/attempts, body { answers: { questionId: answer } }: scores the
// answers on the server and returns the score with every explanation and answer key. Anonymous
// (progress is kept in the browser until accounts exist); nothing is stored.
import { z } from "zod";
import { getQuiz, quizAnswersSchema, scoreQuiz } from "#lib/content/index.ts";
import { contentId } from "#lib/content/schemas.ts";
import { ApiProblem, pointerTo } from "#lib/http/problem.ts";
import { endpoint, methods } from "#lib/http/route.ts";

const attemptBody = z.object({ answers: quizAnswersSchema }).strict();

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: endpoint({
    params: z.object({ quizId: contentId }),
    body: attemptBody,
    handle: async ({ params, body }) => {
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
      return scoreQuiz(quiz, body.answers);
    },
  }),
});
