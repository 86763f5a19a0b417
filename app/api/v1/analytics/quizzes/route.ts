// GET /api/v1/analytics/quizzes[?format=csv]: per quiz question, the share answered correctly.
import { requireInstructor } from "#lib/auth/access.ts";
import { formatQuery } from "#lib/api/schemas.ts";
import { csvResponse, toCsv } from "#lib/http/csv.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { fromRuntime } from "#lib/runtime.ts";
import { quizQuestionStats } from "#lib/store/analytics.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    query: formatQuery,
    handle: async ({ request, query }) => {
      await requireInstructor(request);
      const questions = await quizQuestionStats(fromRuntime("store").db);
      if (query.format === "json") return { questions };
      const columns = ["quizId", "questionId", "answered", "shareCorrect"] as const;
      return csvResponse(toCsv(questions, columns), "quiz-questions.csv");
    },
  }),
});
