// GET /api/v1/quizzes/{quizId}: the quiz as a learner sees it, without answer keys or
// explanations (those come back only from POST .../attempts, after the learner has answered).
import { z } from "zod";
import { getQuiz, publicQuiz } from "#lib/content/index.ts";
import { contentId } from "#lib/content/schemas.ts";
import { ApiProblem } from "#lib/http/problem.ts";
import { endpoint, methods } from "#lib/http/route.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    params: z.object({ quizId: contentId }),
    handle: async ({ params }) => {
      const quiz = await getQuiz(params.quizId);
      if (!quiz) throw new ApiProblem({ status: 404, kind: "not-found", detail: "No such quiz." });
      return publicQuiz(quiz);
    },
  }),
});
